namespace ConsentGuard.Analyzers.Diagnostics
{
    /// <summary>Rule IDs of docs/rules. Constants so code fixes, tests and docs name them one way.</summary>
    public static class DiagnosticIds
    {
        public const string UncheckedFlow = "CG0001";
        public const string UndeclaredPurpose = "CG0002";
        public const string WrongPurposeChecked = "CG0003";
        public const string SettingDefaultsToGranted = "CG0004";
        public const string UnknownPurpose = "CG0005";
        public const string NoAccessorsGenerated = "CG0006";
        public const string DiscardedCheck = "CG0007";
        public const string NonConstantPurpose = "CG0008";
        public const string ExemptionWithoutJustification = "CG0009";
        public const string InvalidConfigLine = "CG0010";
        public const string AccessorNameCollision = "CG0011";
        public const string AnalysisFailed = "CG0012";
        public const string ExemptionExpired = "CG0013";
        public const string StaleBaselineEntry = "CG0014";
        public const string NoObjectionSetting = "CG0015";
        public const string SpecialCategoryUnderLegitimateInterest = "CG0016";
    }
}
