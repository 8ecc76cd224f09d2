using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConsentGuard.Cli.Output;

/// <summary>A GitHub-flavoured Markdown table, with cell text escaped so a '|' or a line break in a message cannot break it.</summary>
internal sealed class MarkdownTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public MarkdownTable(params string[] headers) => _headers = headers;

    public int Count => _rows.Count;

    public void Add(params string?[] cells) => _rows.Add(cells.Select(c => Escape(c ?? "")).ToArray());

    public void WriteTo(TextWriter output)
    {
        output.WriteLine("| " + string.Join(" | ", _headers) + " |");
        output.WriteLine("|" + string.Concat(_headers.Select(_ => "---|")));
        foreach (var row in _rows)
            output.WriteLine("| " + string.Join(" | ", row) + " |");
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");

    /// <summary>Inline code, for identifiers.</summary>
    public static string Code(string text) => text.Length == 0 ? "" : "`" + text.Replace("`", "'") + "`";
}
