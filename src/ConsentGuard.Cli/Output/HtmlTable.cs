using System.Collections.Generic;
using System.Net;
using System.Text;

namespace ConsentGuard.Cli.Output;

/// <summary>A sortable, filterable HTML table. Cells are HTML (callers encode text with <see cref="Text"/>); an optional sort key overrides the text.</summary>
internal sealed class HtmlTable
{
    private readonly string _id;
    private readonly string[] _headers;
    private readonly List<(string? RowClass, (string Html, string? SortKey)[] Cells)> _rows = new();

    public HtmlTable(string id, params string[] headers)
    {
        _id = id;
        _headers = headers;
    }

    public void Add(string? rowClass, params (string Html, string? SortKey)[] cells) => _rows.Add((rowClass, cells));

    public static string Text(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static (string, string?) Cell(string html, string? sortKey = null) => (html, sortKey);

    /// <summary>Short tables need no filter box.</summary>
    private const int FilterFromRows = 8;

    public void WriteTo(StringBuilder html)
    {
        if (_rows.Count >= FilterFromRows)
            html.Append("<div class=\"table-tools\"><input type=\"search\" placeholder=\"Filter rows…\" aria-label=\"Filter rows\" data-filter=\"").Append(_id).Append("\"></div>\n");
        html.Append("<div class=\"table-wrap\"><table class=\"sortable\" id=\"").Append(_id).Append("\">\n<thead><tr>");
        foreach (var header in _headers)
            html.Append("<th scope=\"col\" tabindex=\"0\">").Append(Text(header)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (rowClass, cells) in _rows)
        {
            html.Append(rowClass is null ? "<tr>" : "<tr class=\"" + rowClass + "\">");
            foreach (var (cellHtml, sortKey) in cells)
            {
                html.Append(sortKey is null ? "<td>" : "<td data-sort=\"" + Text(sortKey) + "\">");
                html.Append(cellHtml).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></div>\n");
    }
}
