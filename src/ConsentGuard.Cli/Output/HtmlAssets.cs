namespace ConsentGuard.Cli.Output;

/// <summary>The HTML report's inline style and script: the file must open anywhere, offline, with nothing to fetch.</summary>
internal static class HtmlAssets
{
    public const string Style =
        """
        :root { --ink:#0f172a; --muted:#64748b; --line:#e2e8f0; --bg:#f8fafc; --card:#fff; --accent:#2563eb; --bad:#dc2626; --warn:#d97706; --good:#16a34a; }
        * { box-sizing: border-box; }
        body { margin:0; font:14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:var(--bg); }
        header { background:#0f172a; color:#f8fafc; padding:24px 32px 12px; }
        header h1 { margin:0; font-size:24px; font-weight:650; }
        header .subtitle { margin:4px 0 16px; color:#cbd5e1; }
        header nav { margin-top:14px; display:flex; flex-wrap:wrap; gap:6px 16px; }
        header nav a { color:#93c5fd; text-decoration:none; }
        header nav a:hover { text-decoration:underline; }
        .cards { display:grid; grid-template-columns:repeat(auto-fit, minmax(150px, 1fr)); gap:12px; }
        .card { display:flex; flex-direction:column; background:#1e293b; border-radius:10px; padding:12px 14px; color:#f8fafc; text-decoration:none; border-top:4px solid var(--accent); }
        .card:hover { background:#273449; }
        .card .value { font-size:28px; font-weight:700; line-height:1.1; }
        .card .label { font-weight:600; }
        .card .detail { color:#94a3b8; font-size:12px; }
        .card.bad { border-top-color:var(--bad); } .card.warn { border-top-color:var(--warn); } .card.good { border-top-color:var(--good); } .card.attention { border-top-color:#a21caf; }
        .banner { background:#fef3c7; color:#78350f; padding:8px 12px; border-radius:6px; }
        main { padding:8px 32px 32px; max-width:1500px; }
        section { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:16px 20px; margin:18px 0; }
        h2 { margin:0 0 4px; font-size:18px; }
        .intro { margin:0 0 12px; color:var(--muted); }
        .table-tools { margin:0 0 8px; }
        .table-tools input { width:260px; max-width:100%; padding:5px 8px; border:1px solid var(--line); border-radius:6px; font:inherit; }
        .table-wrap { overflow-x:auto; }
        table { border-collapse:collapse; width:100%; margin-bottom:12px; }
        th, td { text-align:left; padding:6px 10px; border-bottom:1px solid var(--line); vertical-align:top; }
        thead th { background:#f1f5f9; font-weight:600; white-space:nowrap; position:sticky; top:0; }
        table.sortable thead th { cursor:pointer; user-select:none; }
        table.sortable thead th::after { content:" ↕"; color:#94a3b8; font-size:11px; }
        table.sortable thead th[aria-sort="ascending"]::after { content:" ▲"; color:var(--accent); }
        table.sortable thead th[aria-sort="descending"]::after { content:" ▼"; color:var(--accent); }
        tbody tr:hover { background:#f8fafc; }
        code { font:12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background:#f1f5f9; padding:1px 4px; border-radius:4px; }
        .muted { color:var(--muted); }
        .purpose { display:inline-block; background:#eff6ff; color:#1d4ed8; border:1px solid #bfdbfe; border-radius:999px; padding:0 8px; margin:1px 2px 1px 0; font-size:12px; white-space:nowrap; }
        .category { display:inline-block; background:#f1f5f9; border-radius:4px; padding:0 6px; font-size:12px; }
        .category.special, .art9 { background:#fae8ff; color:#86198f; font-weight:600; }
        .art9 { border-radius:4px; padding:0 4px; font-size:10px; vertical-align:middle; }
        .severity { display:inline-block; border-radius:4px; padding:0 6px; font-size:12px; font-weight:600; color:#fff; }
        .severity.error { background:var(--bad); } .severity.warning { background:var(--warn); } .severity.info { background:var(--accent); } .severity.hidden { background:var(--muted); }
        tr.suppressed td { color:var(--muted); } tr.suppressed .severity { background:#cbd5e1; color:#334155; }
        tr.attention td { background:#fef3c7; }
        .suppressed-by { display:inline-block; background:#e2e8f0; color:#334155; border-radius:4px; padding:0 6px; font-size:12px; margin-right:4px; }
        .missing { color:var(--bad); font-weight:600; }
        ul.flows { margin:0; padding-left:18px; }
        table.matrix { width:auto; }
        table.matrix th, table.matrix td { text-align:center; min-width:86px; }
        table.matrix tbody th { text-align:left; white-space:nowrap; font-weight:600; background:#f8fafc; }
        td.heat { font-weight:700; border:2px solid #fff; }
        td.heat.zero { color:#cbd5e1; font-weight:400; }
        td.total { font-weight:700; background:#f1f5f9; }
        footer { color:var(--muted); padding:0 32px 24px; font-size:12px; }
        footer a { color:inherit; }
        @media print { header { background:#fff; color:var(--ink); } .card { background:#fff; color:var(--ink); border:1px solid var(--line); } .table-tools { display:none; } }
        """;

    /// <summary>Click (or Enter on) a header to sort, again to reverse; numbers sort as numbers; data-sort overrides a cell's text. The search box filters rows.</summary>
    public const string Script =
        """
        (function () {
          function key(cell) {
            var text = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
            var number = Number(text);
            return text !== '' && !isNaN(number) ? number : text.toLowerCase();
          }
          function sortBy(table, header, index) {
            var ascending = header.getAttribute('aria-sort') !== 'ascending';
            table.querySelectorAll('thead th').forEach(function (th) { th.removeAttribute('aria-sort'); });
            header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = key(a.cells[index]), y = key(b.cells[index]);
              if (typeof x !== typeof y) { x = String(x); y = String(y); }
              return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
            });
            rows.forEach(function (row) { body.appendChild(row); });
          }
          document.querySelectorAll('table.sortable').forEach(function (table) {
            table.querySelectorAll('thead th').forEach(function (header, index) {
              header.addEventListener('click', function () { sortBy(table, header, index); });
              header.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(table, header, index); } });
            });
          });
          document.querySelectorAll('input[data-filter]').forEach(function (input) {
            var table = document.getElementById(input.getAttribute('data-filter'));
            input.addEventListener('input', function () {
              var needle = input.value.toLowerCase();
              Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
                row.style.display = row.textContent.toLowerCase().indexOf(needle) >= 0 ? '' : 'none';
              });
            });
          });
        })();
        """;
}
