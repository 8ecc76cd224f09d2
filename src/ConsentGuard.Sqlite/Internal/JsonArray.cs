using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConsentGuard.Sqlite.Internal
{
    /// <summary>Writes a JSON array of strings, for SQLite's <c>json_each</c>. netstandard2.0 has no JSON writer of its own.</summary>
    internal static class JsonArray
    {
        public static string Of(IReadOnlyList<string> values, int start, int count)
        {
            var json = new StringBuilder(count * 16);
            json.Append('[');
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                    json.Append(',');
                AppendString(json, values[start + i]);
            }
            return json.Append(']').ToString();
        }

        /// <summary>RFC 8259 string: quotes, backslashes and control characters escaped; everything else as is.</summary>
        private static void AppendString(StringBuilder json, string value)
        {
            json.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': json.Append("\\\""); break;
                    case '\\': json.Append("\\\\"); break;
                    default:
                        if (c < 0x20)
                            json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else
                            json.Append(c);
                        break;
                }
            }
            json.Append('"');
        }
    }
}
