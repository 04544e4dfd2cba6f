using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CccApi.ServiceInterface.Identity;

/// <summary>The JSON form Pattern and Parameters share: one object whose members are strings, each named once.</summary>
internal static class IdPxDocument
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 2 };

    // Stored and answered as JSON text inside JSON: an expression's '+' or '<' stays readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool TryReadObject(string json, out List<(string Name, string Value)>? members, out string? error)
    {
        members = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException)
        {
            error = "must be a JSON object such as the example shows.";
            return false;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "must be a JSON object such as the example shows.";
                return false;
            }
            var read = new List<(string, string)>();
            foreach (var member in document.RootElement.EnumerateObject())
            {
                if (member.Value.ValueKind != JsonValueKind.String)
                {
                    error = $"'{member.Name}' must be a string.";
                    return false;
                }
                if (read.Any(m => m.Item1 == member.Name))
                {
                    error = $"'{member.Name}' is given twice.";
                    return false;
                }
                read.Add((member.Name, member.Value.GetString()!));
            }
            members = read;
            error = null;
            return true;
        }
    }

    public static string? Write(List<(string Name, string Value)> members)
    {
        if (members.Count == 0) return null;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in members) writer.WriteString(name, value);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
