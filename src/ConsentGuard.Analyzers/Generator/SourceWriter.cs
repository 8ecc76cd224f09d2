using System.Text;

namespace ConsentGuard.Analyzers.Generator
{
    /// <summary>Writes indented C# with '\n' line ends, so output is identical on every OS (snapshots compare it byte for byte).</summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder _text = new StringBuilder();
        private int _indent;

        public void Line(string line = "")
        {
            if (line.Length > 0)
                for (var i = 0; i < _indent; i++)
                    _text.Append(IndentUnit);
            _text.Append(line).Append('\n');
        }

        public void Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
        }

        public void Close(string closing = "}")
        {
            _indent--;
            Line(closing);
        }

        public override string ToString() => _text.ToString();
    }
}
