using System.Text.RegularExpressions;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Fuzz;

/// <summary>Where a request field travels: in the path, the query string or the body.</summary>
public enum FieldLocation
{
    Path,
    Query,
    Body,
}

/// <summary>One field of a request DTO as an endpoint carries it; nested object fields are reached through <see cref="Shape"/>.</summary>
public sealed record FieldSpec(PropertyModel Property, FieldLocation Location)
{
    public string Name => Property.Name;

    public ValueShape Shape => Property.Shape;

    public bool IsRequired => Location == FieldLocation.Path || Property.ApiMember?.IsRequired == true;
}

/// <summary>One route and verb of an operation, with its fields placed as that verb sends them.</summary>
public sealed partial record Endpoint(OperationModel Operation, string Verb, string PathTemplate, IReadOnlyList<FieldSpec> Fields)
{
    public string OperationName => Operation.Name;

    public bool SendsBody => Verb is "POST" or "PUT";

    public IEnumerable<FieldSpec> PathFields => Fields.Where(f => f.Location == FieldLocation.Path);

    public IEnumerable<FieldSpec> InputFields => Fields.Where(f => f.Location != FieldLocation.Path);

    public override string ToString() => $"{OperationName} {Verb} {PathTemplate}";

    /// <summary>The documented maximum, from an ApiMember description ending "N char Max.".</summary>
    public static int? DocumentedMaximum(PropertyModel property) =>
        property.ApiMember?.Description is { } description && MaxPattern().Match(description) is { Success: true } match
            ? int.Parse(match.Groups[1].Value)
            : null;

    [GeneratedRegex(@"(\d+) char Max\.")]
    private static partial Regex MaxPattern();
}

/// <summary>
/// Every operation of the running host, read from its metadata model (so an operation added later is
/// covered without touching the tests), as endpoints: one per declared route and verb.
/// </summary>
public static class OperationCatalog
{
    private static readonly string[] AnyVerb = ["GET", "POST", "PUT", "DELETE"];

    public static IReadOnlyList<OperationModel> Operations(TestHost host) =>
        host.Services.GetRequiredService<ServiceMetadata>().Operations;

    /// <summary>Operations that take input: some property to bind. Only those are swept.</summary>
    public static IEnumerable<OperationModel> WithInput(TestHost host) =>
        Operations(host).Where(o => o.Request.Properties.Count > 0);

    public static IReadOnlyList<Endpoint> Endpoints(OperationModel operation) =>
    [
        .. from route in operation.Routes
           from verb in route.Verbs ?? AnyVerb
           where operation.FindAction(verb) is not null
           select new Endpoint(operation, verb.ToUpperInvariant(), route.Path, FieldsOf(operation, verb.ToUpperInvariant(), route.Path)),
    ];

    private static List<FieldSpec> FieldsOf(OperationModel operation, string verb, string path)
    {
        var pathVariables = RouteVariablesIn(path);
        var inputLocation = verb is "POST" or "PUT" ? FieldLocation.Body : FieldLocation.Query;
        return
        [
            .. operation.Request.Properties.Select(p => new FieldSpec(p,
                pathVariables.Contains(p.Name, StringComparer.OrdinalIgnoreCase) ? FieldLocation.Path : inputLocation)),
        ];
    }

    private static List<string> RouteVariablesIn(string path) =>
        [.. Regex.Matches(path, @"\{(\w+)\}").Select(m => m.Groups[1].Value)];
}
