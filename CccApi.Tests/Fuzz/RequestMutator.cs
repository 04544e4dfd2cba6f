using System.Text;
using System.Text.Json.Nodes;

namespace CccApi.Tests.Fuzz;

/// <summary>
/// Breaks a valid request in one of many ways: a field dropped, duplicated or of the wrong type, boundary
/// numbers, unusual unicode, huge or empty strings, Guids of another cell, random or malformed, another
/// verb, fields moved between query and body, other content types, broken bytes.
/// </summary>
public sealed class RequestMutator(FuzzWorld world, Random random)
{
    private static readonly string[] BoundaryNumbers =
    [
        "0", "-1", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "79228162514264337593543950336",
        "1e308", "1e400", "-1e400", "1.5", "-0", "0.000000000000000000000000000001", "1E+2", "12345678901234567890.123",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "\t", "null", "émoji 😀 ok", "\u202Eright-to-left", "e\u0301 combining", "zero\u200Bwidth", "\uFEFFbom",
        "\u0000", "nul\u0000inside", "bell\u0007", "line\nbreak", "c1\u0085next", "del\u007F", "\uD800lone", "lone\uDC00",
        "'; DROP TABLE Partners; --", "<script>alert(1)</script>", "%00", "../../etc/passwd", "Ｆｕｌｌｗｉｄｔｈ", "ß", "İ",
        "a@b", "x.example.com", "non\uFFFFcharacter", "\uFFFE", "\uFDD0", "{\"nested\":1}", "[1,2]", "true", "00000000000000000000000000000000",
    ];

    private static readonly JsonNode?[] WrongTypes =
    [
        null, JsonValue.Create(true), JsonValue.Create(42), JsonValue.Create("text"), new JsonArray(1, 2), new JsonObject { ["a"] = 1 },
        JsonValue.Create(""), JsonValue.Create("not-a-guid"), JsonValue.Create("2026-13-45"),
    ];

    private static readonly string[] Verbs = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    public void Mutate(RequestSpec request)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++) MutateOnce(request);
    }

    private void MutateOnce(RequestSpec request)
    {
        switch (random.Next(14))
        {
            case 0: DropField(request); break;
            case 1: DuplicateField(request); break;
            case 2: SetRandomField(request, Pick(WrongTypes)?.DeepClone()); break;
            case 3: SetRandomField(request, RawJson.Node(Pick(BoundaryNumbers))); break;
            case 4: SetRandomField(request, JsonValue.Create(Pick(OddStrings))); break;
            case 5: SetRandomField(request, JsonValue.Create(HugeString())); break;
            case 6: SetRandomField(request, JsonValue.Create(ForeignGuid().ToString(random.Next(2) == 0 ? "N" : "D"))); break;
            case 7: MutatePath(request); break;
            case 8: request.Verb = Pick(Verbs); break;
            case 9: MoveBetweenQueryAndBody(request); break;
            case 10: request.Encoding = (BodyEncoding)random.Next(Enum.GetValues<BodyEncoding>().Length); break;
            case 11: BreakBytes(request); break;
            case 12: AddUnknownOrPrivilegedField(request); break;
            default: MutateNested(request); break;
        }
    }

    private Guid ForeignGuid() => random.Next(4) switch
    {
        0 => Guid.Empty,
        1 => new Guid(Bytes(16)),
        _ => Pick(new[] { "Partner", "Reseller", "Site", "Collection", "Service", "SkuBundle" }) switch
        {
            "Partner" => Pick(world.Cells).Partner,
            "Reseller" => Pick(world.Cells).Reseller,
            "Site" => Pick(world.Cells).Site,
            "Collection" => Pick(world.Cells).Collection,
            "Service" => Pick(world.Cells).Service,
            _ => Pick(world.Cells).SkuBundle,
        },
    };

    private string HugeString() => random.Next(3) switch
    {
        0 => new string('x', random.Next(55, 300)),
        1 => new string('y', random.Next(1000, 20000)),
        _ => string.Concat(Enumerable.Repeat("😀ü", random.Next(50, 5000))),
    };

    private void DropField(RequestSpec request)
    {
        if (request.Body is { Count: > 0 } body && random.Next(2) == 0) body.RemoveAt(random.Next(body.Count));
        else if (request.Query.Count > 0) request.Query.RemoveAt(random.Next(request.Query.Count));
        else request.Body = null;
    }

    private void DuplicateField(RequestSpec request)
    {
        if (request.Body is not { Count: > 0 } body) return;
        var member = body[random.Next(body.Count)];
        body.Add(new(random.Next(2) == 0 ? member.Key : member.Key.ToUpperInvariant(), Pick(WrongTypes)?.DeepClone()));
    }

    /// <summary>Sets a field the endpoint has, wherever it travels (path, query or body).</summary>
    private void SetRandomField(RequestSpec request, JsonNode? value)
    {
        if (request.Endpoint.Fields.Count == 0)
        {
            request.SetBody("unexpected", value);
            return;
        }
        var field = Pick(request.Endpoint.Fields);
        switch (field.Location)
        {
            case FieldLocation.Path:
                var text = JsonText.AsFieldText(value);
                request.PathValues[field.Name] = text.Length == 0 ? "%20" : text;
                break;
            case FieldLocation.Query:
                request.Query.RemoveAll(q => string.Equals(q.Key, field.Name, StringComparison.OrdinalIgnoreCase));
                request.Query.Add(new(field.Name, JsonText.AsFieldText(value)));
                break;
            default:
                request.SetBody(ValidRequests.Camel(field.Name), value);
                break;
        }
    }

    private void MutateNested(RequestSpec request)
    {
        var nested = request.Body?.Where(m => m.Value is JsonObject).ToList();
        if (nested is not { Count: > 0 })
        {
            SetRandomField(request, JsonValue.Create(Pick(OddStrings)));
            return;
        }
        var obj = (JsonObject)Pick(nested).Value!;
        var names = obj.Select(p => p.Key).ToList();
        var name = names.Count > 0 && random.Next(4) > 0 ? Pick(names) : "email";
        obj[name] = random.Next(3) switch
        {
            0 => JsonValue.Create(Pick(OddStrings)),
            1 => Pick(WrongTypes)?.DeepClone(),
            _ => JsonValue.Create(HugeString()),
        };
    }

    private void MutatePath(RequestSpec request)
    {
        switch (random.Next(4))
        {
            case 0 when request.PathValues.Count > 0:
                var key = Pick(request.PathValues.Keys.ToList());
                request.PathValues[key] = Pick(new[] { "not-a-guid", "00000000-0000-0000-0000-000000000000", "1", "{" + new Guid(Bytes(16)) + "}", "%", new string('a', 300) });
                break;
            case 1:
                request.PathOverride = request.Url["/api".Length..].Split('?')[0] + "/extra";
                break;
            case 2:
                request.PathOverride = request.Url["/api".Length..].Split('?')[0].ToUpperInvariant();
                break;
            default:
                request.Query.Add(new("format", Pick(new[] { "json", "xml", "csv", "jsv", "html", "nonsense" })));
                break;
        }
    }

    private void MoveBetweenQueryAndBody(RequestSpec request)
    {
        if (request.Body is { Count: > 0 } body)
        {
            foreach (var member in body) request.Query.Add(new(member.Key, JsonText.AsFieldText(member.Value)));
            request.Body = random.Next(2) == 0 ? null : [];
        }
        else if (request.Query.Count > 0)
        {
            request.Body = [.. request.Query.Select(q => new KeyValuePair<string, JsonNode?>(q.Key, JsonValue.Create(q.Value)))];
            request.Query.Clear();
        }
    }

    private void BreakBytes(RequestSpec request)
    {
        var text = Encoding.UTF8.GetBytes(request.BodyText() ?? "{}");
        request.Encoding = BodyEncoding.Json;
        request.RawBody = random.Next(4) switch
        {
            0 => text[..random.Next(text.Length)],
            1 => [.. text[..(text.Length / 2)], 0xC3, 0x28, .. text[(text.Length / 2)..]],
            2 => [.. Encoding.UTF8.GetBytes("{\"a\":"), .. Encoding.UTF8.GetBytes(new string('[', 3000)), .. Encoding.UTF8.GetBytes(new string(']', 3000)), (byte)'}'],
            _ => Bytes(random.Next(1, 200)),
        };
    }

    private void AddUnknownOrPrivilegedField(RequestSpec request)
    {
        var (name, value) = random.Next(4) switch
        {
            0 => ("serviceCode", (JsonNode?)JsonValue.Create("c" + Convert.ToHexStringLower(Bytes(6)))),
            1 => ("serviceName", JsonValue.Create("Name " + Convert.ToHexStringLower(Bytes(6)))),
            2 => ("adminUserGuid", JsonValue.Create(ForeignGuid().ToString("N"))),
            _ => ("__proto__", new JsonObject { ["polluted"] = true }),
        };
        if (request.Endpoint.SendsBody || random.Next(2) == 0) request.SetBody(name, value);
        else request.Query.Add(new(name, JsonText.AsFieldText(value)));
    }

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
