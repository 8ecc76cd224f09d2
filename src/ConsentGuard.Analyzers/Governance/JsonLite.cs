using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConsentGuard.Analyzers.Governance
{
    /// <summary>A JSON value with the offset where it starts (to point a diagnostic at it).</summary>
    internal sealed class JsonLiteValue
    {
        public JsonLiteValue(object? value, int start, int end)
        {
            Value = value;
            Start = start;
            End = end;
        }

        /// <summary>A string, double, bool, null, <c>List&lt;JsonLiteValue&gt;</c> or <c>Dictionary&lt;string, JsonLiteValue&gt;</c>.</summary>
        public object? Value { get; }
        public int Start { get; }
        public int End { get; }

        public string? AsString => Value as string;
        public List<JsonLiteValue>? AsArray => Value as List<JsonLiteValue>;
        public Dictionary<string, JsonLiteValue>? AsObject => Value as Dictionary<string, JsonLiteValue>;

        public JsonLiteValue? this[string name] => AsObject is { } o && o.TryGetValue(name, out var v) ? v : null;
    }

    /// <summary>
    /// A small, strict JSON reader for ConsentGuard.baseline.json. The analyzer targets netstandard2.0 and ships
    /// without dependencies, so it cannot count on System.Text.Json being loadable in every compiler host.
    /// Returns null (never throws) on malformed input.
    /// </summary>
    internal static class JsonLite
    {
        public static JsonLiteValue? Parse(string text)
        {
            var position = 0;
            try
            {
                var value = ReadValue(text, ref position, depth: 0);
                SkipWhitespace(text, ref position);
                return value is not null && position == text.Length ? value : null;
            }
            catch (System.FormatException)
            {
                return null;
            }
        }

        private static JsonLiteValue? ReadValue(string text, ref int position, int depth)
        {
            if (depth > 64)
                return null;
            SkipWhitespace(text, ref position);
            if (position >= text.Length)
                return null;
            var start = position;
            switch (text[position])
            {
                case '{':
                    {
                        position++;
                        var members = new Dictionary<string, JsonLiteValue>();
                        SkipWhitespace(text, ref position);
                        if (Peek(text, position) == '}')
                            return new JsonLiteValue(members, start, ++position);
                        while (true)
                        {
                            SkipWhitespace(text, ref position);
                            if (Peek(text, position) != '"' || ReadString(text, ref position) is not { } name)
                                return null;
                            SkipWhitespace(text, ref position);
                            if (Peek(text, position) != ':')
                                return null;
                            position++;
                            if (ReadValue(text, ref position, depth + 1) is not { } member)
                                return null;
                            members[name] = member;
                            SkipWhitespace(text, ref position);
                            var next = Peek(text, position);
                            position++;
                            if (next == '}')
                                return new JsonLiteValue(members, start, position);
                            if (next != ',')
                                return null;
                        }
                    }
                case '[':
                    {
                        position++;
                        var items = new List<JsonLiteValue>();
                        SkipWhitespace(text, ref position);
                        if (Peek(text, position) == ']')
                            return new JsonLiteValue(items, start, ++position);
                        while (true)
                        {
                            if (ReadValue(text, ref position, depth + 1) is not { } item)
                                return null;
                            items.Add(item);
                            SkipWhitespace(text, ref position);
                            var next = Peek(text, position);
                            position++;
                            if (next == ']')
                                return new JsonLiteValue(items, start, position);
                            if (next != ',')
                                return null;
                        }
                    }
                case '"':
                    return ReadString(text, ref position) is { } s ? new JsonLiteValue(s, start, position) : null;
                default:
                    foreach (var (literal, value) in new (string, object?)[] { ("true", true), ("false", false), ("null", null) })
                        if (string.CompareOrdinal(text, position, literal, 0, literal.Length) == 0)
                        {
                            position += literal.Length;
                            return new JsonLiteValue(value, start, position);
                        }
                    while (position < text.Length && "+-0123456789.eE".IndexOf(text[position]) >= 0)
                        position++;
                    return double.TryParse(text.Substring(start, position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                        ? new JsonLiteValue(number, start, position) : null;
            }
        }

        private static string? ReadString(string text, ref int position)
        {
            position++; // the opening quote
            var builder = new StringBuilder();
            while (position < text.Length)
            {
                var c = text[position++];
                if (c == '"')
                    return builder.ToString();
                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }
                if (position >= text.Length)
                    return null;
                var escape = text[position++];
                switch (escape)
                {
                    case '"': case '\\': case '/': builder.Append(escape); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (position + 4 > text.Length || !int.TryParse(text.Substring(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                            return null;
                        builder.Append((char)code);
                        position += 4;
                        break;
                    default: return null;
                }
            }
            return null;
        }

        private static char Peek(string text, int position) => position < text.Length ? text[position] : '\0';

        private static void SkipWhitespace(string text, ref int position)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
                position++;
        }
    }
}
