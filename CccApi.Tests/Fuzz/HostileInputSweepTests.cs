using System.Text;
using System.Text.Json.Nodes;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.Validation;

namespace CccApi.Tests.Fuzz;

/// <summary>
/// The issue's list of hostile inputs sent to every route and verb of every operation that takes input,
/// as read from the host's metadata, with a SuperUser's key (the usage intake: its collection's key) so that
/// authorization never hides a binding or validation answer. Each case asserts its precise answer (400 naming the field, or the documented
/// exception) and that no table gained or lost a row.
/// </summary>
[NonParallelizable] // it counts the rows its requests leave
[Category("Fuzz")]
public sealed class HostileInputSweepTests
{
    private TestHost _host = null!;
    private FuzzWorld _world = null!;
    private HttpClient _http = null!;
    private ValidRequests _valid = null!;

    [OneTimeSetUp]
    public async Task CreateWorld()
    {
        _host = new TestHost();
        _world = await FuzzWorld.CreateAsync(_host, cellCount: 1, spareApiKeys: 2);
        _http = _host.CreateRawClient(handleCookies: false);
        _valid = new ValidRequests(_world, new Random(20261123), everyOptionalField: true);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private IEnumerable<Endpoint> Endpoints => OperationCatalog.WithInput(_host).SelectMany(OperationCatalog.Endpoints);

    private WorldCell Cell => _world.Cells[0];

    [Test]
    public Task Malformed_json_is_a_400_serialization_error_on_every_endpoint() => SweepAsync(
        Endpoints.Select(e => Case(e, "malformed JSON", r => r.RawBody = "{\"name\": "u8.ToArray(), Expect.Serialization())));

    [Test]
    public Task Deeply_nested_json_is_a_400_on_every_endpoint() => SweepAsync(
        Endpoints.Select(e => Case(e, "5000 nested arrays", r => r.RawBody =
            Encoding.UTF8.GetBytes("{\"" + FirstInputName(e) + "\":" + new string('[', 5000) + new string(']', 5000) + "}"), Expect.Serialization())));

    [Test]
    public Task Invalid_utf8_is_a_400_on_every_endpoint() => SweepAsync(
        Endpoints.Select(e => Case(e, "invalid UTF-8", r => r.RawBody =
            [.. Encoding.UTF8.GetBytes("{\"" + FirstInputName(e) + "\":\""), 0xC3, 0x28, .. "\"}"u8], Expect.Serialization())));

    [Test]
    public Task A_value_of_the_wrong_type_is_a_400_naming_the_field() => SweepAsync(
        from endpoint in Endpoints
        from field in InputFields(endpoint)
        let wrong = WrongValue(field)
        where wrong is not null
        select Case(endpoint, $"{field.Path} = {JsonText.Write(wrong)}", r => Place(r, field, wrong), Expect.Serialization(field.Path)));

    [Test]
    public Task A_huge_number_is_a_400_naming_the_field() => SweepAsync(
        from endpoint in Endpoints
        from field in InputFields(endpoint)
        where field.Scalar?.Kind is ScalarKind.Integer or ScalarKind.Decimal or ScalarKind.Float
        from number in new[] { "1e400", "99999999999999999999999999999999" }
        select Case(endpoint, $"{field.Path} = {number}", r => Place(r, field, RawJson.Node(number)), Expect.Serialization(field.Path)));

    [Test]
    public Task A_malformed_guid_in_the_path_query_or_body_is_a_400_naming_the_field() => SweepAsync(
        from endpoint in Endpoints
        from field in AllFields(endpoint)
        where field.Scalar?.Kind == ScalarKind.Guid
        from text in new[] { "not-a-guid", "0f8fad5b-d9cb-469f-a165" }
        select Case(endpoint, $"{field.Path} = {text} ({field.Location})", r => Place(r, field, JsonValue.Create(text)), Expect.Serialization(field.Path)));

    [Test]
    public Task A_well_formed_guid_of_no_object_in_the_path_is_a_404_naming_the_field() => SweepAsync(
        from endpoint in Endpoints
        from field in AllFields(endpoint)
        where field.Location == FieldLocation.Path && field.Scalar?.Kind == ScalarKind.Guid
        select Case(endpoint, $"{field.Path} = a random Guid", r => Place(r, field, JsonValue.Create(Guid.NewGuid().ToString("N"))),
            new Expect(404, "NotFound", [field.Path])));

    [Test]
    public Task A_string_beyond_its_maximum_is_a_400_naming_the_field()
    {
        var limits = _host.Services.GetRequiredService<ValidationLimits>();
        var cases = (from endpoint in Endpoints
                     from field in InputFields(endpoint)
                     where field.Scalar?.Kind == ScalarKind.String
                     let maximum = limits.For(field.Property).MaxLength
                     where maximum is not null
                     select Case(endpoint, $"{field.Path} of {maximum + 1} characters",
                         r => Place(r, field, JsonValue.Create(new string('a', maximum!.Value + 1))), Expect.Validation("MaximumLength", field.Path))).ToList();
        Assert.That(cases.Select(c => c.Endpoint.OperationName).Distinct(), Is.SupersetOf(new[] { "CreatePartner", "CreateApiKey", "CreateService", "CreateServiceSku", "RegisterCollection" }),
            "the validators bound every request string; the sweep must find them");
        return SweepAsync(cases);
    }

    [Test]
    public Task A_control_character_in_a_string_field_is_a_400_naming_the_field()
    {
        string[] controls = ["\u0000", "\u0001", "\u001b", "\u007f", "\u0085", "\u009f"];
        var index = 0;
        return SweepAsync(
            from endpoint in Endpoints
            from field in AllFields(endpoint)
            where field.Scalar?.Kind == ScalarKind.String && !field.Property.IsSecret
            let next = controls[index++ % controls.Length]
            // A path cannot carry a NUL (Kestrel refuses it before the application; RequestSpec drops it): U+0001 instead.
            let control = field.Location == FieldLocation.Path && next == "\u0000" ? "\u0001" : next
            select Case(endpoint, $"{field.Path} holding U+{(int)control[0]:X4} ({field.Location})",
                r => Place(r, field, JsonValue.Create("ab" + control + "cd")), ControlCharacterAnswer(endpoint, field)));
    }

    [Test]
    public async Task Tabs_and_line_breaks_are_refused_in_single_line_fields_and_kept_in_multi_line_ones()
    {
        using var client = _host.CreateSuperUserClient();
        var partner = await client.PostAsync("/api/partners", new { name = "Two\nlines" });
        var tabbed = await client.PostAsync("/api/sites", new { name = Scenario.Unique("Site\t") });
        var sku = await client.PostAsync($"/api/services/{Cell.Service:N}/skus", new { name = "Multi-line", description = "First line\r\n\tsecond line" });

        ApiAssert.IsError(partner, System.Net.HttpStatusCode.BadRequest, "NoControlCharacters", "Name");
        ApiAssert.HasMessage(partner, "'Name' must be a single line without control characters.");
        ApiAssert.IsError(tabbed, System.Net.HttpStatusCode.BadRequest, "NoControlCharacters", "Name");
        ApiAssert.IsOk(sku);
        var stored = await client.GetAsync($"/api/services/{Cell.Service:N}/skus?pageSize=100");
        Assert.That(stored.Json["results"]!.AsArray().Select(s => s!["description"]?.GetValue<string>()), Does.Contain("First line\r\n\tsecond line"));
    }

    /// <summary>
    /// Most string fields are text a person typed: a control character is a 400 naming the field. Two are
    /// not: a field with allowable values answers with its list, and Authenticate's Provider names a
    /// provider: a sign-in (POST) with an unknown one is ServiceStack's 404, while a GET naming any provider
    /// but "logout" is ServiceStack's 405 NotSupportedException (GET signs nobody in), storing nothing.
    /// </summary>
    private static Expect ControlCharacterAnswer(Endpoint endpoint, SweepField field)
    {
        if (field.Property.AllowableValues is not null) return Expect.Validation("AllowableValues", field.Path);
        if (field.Path == "Provider")
            return endpoint.Verb == "GET" ? new Expect(405, "NotSupportedException", []) : new Expect(404, "NotFound", []);
        return Expect.Validation("NoControlCharacters", field.Path);
    }

    private sealed record SweepCase(Endpoint Endpoint, string Description, Action<RequestSpec> Make, Expect Expected);

    /// <summary>The answer a case must get: a status, an error code, and the fields errors[] must name (in order).</summary>
    private sealed record Expect(int Status, string ErrorCode, string[] Fields)
    {
        /// <summary>A 200: the input is legal for this endpoint.</summary>
        public static readonly Expect Success = new(200, "", []);

        public static Expect Serialization(params string[] fields) => new(400, "SerializationException", fields);

        public static Expect Validation(string code, string field) => new(400, code, [field]);
    }

    private SweepCase Case(Endpoint endpoint, string description, Action<RequestSpec> make, Expect expected) =>
        new(endpoint, description, make, expected);

    /// <summary>Sends every case, then fails listing every wrong answer, and checks no table changed.</summary>
    private async Task SweepAsync(IEnumerable<SweepCase> cases)
    {
        var before = await DatabaseRows.CountAsync(_host);
        var wrong = new List<string>();
        var sent = 0;
        foreach (var sweepCase in cases)
        {
            var request = _valid.Build(sweepCase.Endpoint, Cell, CallerFor(sweepCase.Endpoint));
            sweepCase.Make(request);
            using var message = request.ToHttpRequest();
            using var response = await _http.SendAsync(message);
            var result = new ApiResult(response.StatusCode, response.ReasonPhrase, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType, response.Headers);
            sent++;
            var problem = Check(result, sweepCase.Expected);
            if (problem is not null) wrong.Add($"{sweepCase.Endpoint} with {sweepCase.Description}: {problem}\n  {request}\n  -> {result}");
        }
        var after = await DatabaseRows.CountAsync(_host);

        TestContext.Out.WriteLine($"{sent} requests");
        Assert.That(sent, Is.GreaterThan(0), "the sweep found no case to send");
        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
        Assert.That(after, Is.EqualTo(before), "rows written or removed by requests that all failed");
    }

    /// <summary>A SuperUser, except for the usage intake, which admits only a collection's key (anyone else: 403 before binding).</summary>
    private static CallerKind CallerFor(Endpoint endpoint) =>
        endpoint.Operation.RequiredRoles.Contains(CccApi.ServiceModel.UsageReporting.CollectionRole) ? CallerKind.Collection : CallerKind.SuperUser;

    private static string? Check(ApiResult result, Expect expected)
    {
        if (result.StatusCode != expected.Status) return $"status {result.StatusCode}, expected {expected.Status}";
        if (expected.Status == 200) return null;
        JsonNode? status;
        try { status = result.ResponseStatus; }
        catch (System.Text.Json.JsonException) { return "the body is not JSON"; }
        if (status is null) return "no responseStatus";
        if (result.ErrorCode != expected.ErrorCode) return $"errorCode {result.ErrorCode}, expected {expected.ErrorCode}";
        var fields = result.ErrorFields.ToArray();
        return fields.SequenceEqual(expected.Fields) ? null : $"errors name [{string.Join(", ", fields)}], expected [{string.Join(", ", expected.Fields)}]";
    }

    /// <summary>A field as the sweep addresses it: top-level, or one level down in a nested object ("ContactInfo.Email").</summary>
    private sealed record SweepField(FieldSpec Top, PropertyModel Property, string Path)
    {
        public FieldLocation Location => Top.Location;

        public ScalarShape? Scalar => Property.Shape as ScalarShape;

        public bool IsNested => Property != Top.Property;
    }

    private static IEnumerable<SweepField> AllFields(Endpoint endpoint)
    {
        foreach (var field in endpoint.Fields)
        {
            yield return new SweepField(field, field.Property, field.Name);
            if (field.Shape is TypeModel nested && field.Location == FieldLocation.Body)
                foreach (var property in nested.Properties)
                    yield return new SweepField(field, property, $"{field.Name}.{property.Name}");
        }
    }

    private static IEnumerable<SweepField> InputFields(Endpoint endpoint) => AllFields(endpoint).Where(f => f.Location != FieldLocation.Path);

    private static string FirstInputName(Endpoint endpoint) =>
        endpoint.InputFields.Select(f => ValidRequests.Camel(f.Name)).FirstOrDefault() ?? "unexpected";

    /// <summary>
    /// A value no field of this shape accepts; null where every text is a legal value (a string in a query
    /// string or form, which carries text only).
    /// </summary>
    private static JsonNode? WrongValue(SweepField field) => field.Property.Shape switch
    {
        ScalarShape { Kind: ScalarKind.String } when field.Location == FieldLocation.Query => null,
        ScalarShape { Kind: ScalarKind.String } => new JsonObject { ["a"] = 1 },
        ScalarShape scalar => JsonValue.Create($"not-a-{scalar.Kind.ToString().ToLowerInvariant()}"),
        TypeModel when field.Location == FieldLocation.Body => JsonValue.Create("text"),
        _ => null,
    };

    /// <summary>Puts the value where the field travels; a nested field goes inside a valid instance of its parent.</summary>
    private void Place(RequestSpec request, SweepField field, JsonNode? value)
    {
        switch (field.Location)
        {
            case FieldLocation.Path:
                request.PathValues[field.Top.Name] = JsonText.AsFieldText(value);
                break;
            case FieldLocation.Query:
                request.Query.RemoveAll(q => string.Equals(q.Key, field.Top.Name, StringComparison.OrdinalIgnoreCase));
                request.Query.Add(new(field.Top.Name, JsonText.AsFieldText(value)));
                break;
            default:
                if (!field.IsNested)
                {
                    request.SetBody(ValidRequests.Camel(field.Top.Name), value);
                    break;
                }
                var parent = request.Body?.FirstOrDefault(m => string.Equals(m.Key, field.Top.Name, StringComparison.OrdinalIgnoreCase)).Value as JsonObject
                    ?? (JsonObject)_valid.ValueFor(field.Top.Property, Cell, request.Endpoint)!;
                parent[ValidRequests.Camel(field.Property.Name)] = value;
                request.SetBody(ValidRequests.Camel(field.Top.Name), parent);
                break;
        }
    }
}
