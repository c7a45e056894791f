using System.Text.Json;

namespace NeoCloudSim.Bench.Engine;

/// <summary>Writes one benchmark result as one JSON object on one line, fields in the order given.</summary>
internal static class JsonLine
{
    public static string Of(params (string Name, object Value)[] fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                switch (value)
                {
                    case string s:
                        writer.WriteString(name, s);
                        break;
                    case long l:
                        writer.WriteNumber(name, l);
                        break;
                    case int i:
                        writer.WriteNumber(name, i);
                        break;
                    case double d:
                        writer.WriteNumber(name, Math.Round(d, 4));
                        break;
                    default:
                        throw new ArgumentException($"Unsupported value type {value.GetType()} for field {name}.", nameof(fields));
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
