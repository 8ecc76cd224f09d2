using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace ProNet;

/// <summary>Writes JSON Lines (one object a line, UTF-8, no BOM). Knows nothing of consent: the sinks in front of it do.</summary>
public sealed class JsonLinesWriter : IDisposable
{
    private readonly StreamWriter _file;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;

    public JsonLinesWriter(string path)
    {
        _file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        _json = new Utf8JsonWriter(_buffer);
    }

    public long Lines { get; private set; }

    public void Write(params (string Name, string Value)[] properties)
    {
        _buffer.SetLength(0);
        _json.Reset();
        _json.WriteStartObject();
        foreach (var (name, value) in properties)
            _json.WriteString(name, value);
        _json.WriteEndObject();
        _json.Flush();
        _file.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _file.Write('\n');
        Lines++;
    }

    public void Dispose()
    {
        _json.Dispose();
        _file.Dispose();
    }
}
