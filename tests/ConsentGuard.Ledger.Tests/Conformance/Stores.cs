using ConsentGuard.Ledger.Tests.Stores;

namespace ConsentGuard.Ledger.Tests.Conformance;

// Each conformance class, once per store. A store's own tests (its schema history, its faults) live beside it.

public sealed class SqliteLedgerConformance() : LedgerConformance(new SqliteLedgerStore());
public sealed class PostgreSqlLedgerConformance() : LedgerConformance(new PostgreSqlLedgerStore());

public sealed class SqliteConcurrencyConformance() : ConcurrencyConformance(new SqliteLedgerStore());
public sealed class PostgreSqlConcurrencyConformance() : ConcurrencyConformance(new PostgreSqlLedgerStore());

public sealed class SqliteTrainingRunRegisterConformance() : LedgerTrainingRunRegisterConformance(new SqliteLedgerStore());
public sealed class PostgreSqlTrainingRunRegisterConformance() : LedgerTrainingRunRegisterConformance(new PostgreSqlLedgerStore());

public sealed class SqliteDocumentedFlowConformance() : DocumentedFlowConformance(new SqliteLedgerStore());
public sealed class PostgreSqlDocumentedFlowConformance() : DocumentedFlowConformance(new PostgreSqlLedgerStore());

public sealed class SqliteFaultConformance() : FaultConformance(new SqliteLedgerStore());
public sealed class PostgreSqlFaultConformance() : FaultConformance(new PostgreSqlLedgerStore());

public sealed class SqliteObjectionConformance() : ObjectionConformance(new SqliteLedgerStore());
public sealed class PostgreSqlObjectionConformance() : ObjectionConformance(new PostgreSqlLedgerStore());
