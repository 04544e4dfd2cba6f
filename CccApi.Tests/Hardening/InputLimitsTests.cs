using CccApi.Tests.Fuzz;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Metadata;
using ServiceStackCompat.Validation;

namespace CccApi.Tests.Hardening;

/// <summary>
/// Every string member of every request DTO (and of the DTOs a request carries) has a maximum length, and
/// every collection a maximum number of items, enforced by its validator: so an operation added later
/// cannot forget one.
/// </summary>
public sealed class InputLimitsTests
{
    [Test]
    public void Every_request_member_that_can_grow_has_a_limit()
    {
        var metadata = SharedHost.Host.Services.GetRequiredService<ServiceMetadata>();
        var limits = SharedHost.Host.Services.GetRequiredService<ValidationLimits>();
        var unbounded = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<Type>();

        foreach (var operation in metadata.Operations)
            Collect(operation.Request, limits, visited, unbounded);

        Assert.That(unbounded, Is.Empty, () => "members without a maximum length (strings) or maximum number of items (collections):\n" + string.Join("\n", unbounded));
    }

    [Test]
    public void Where_a_page_states_a_maximum_the_validator_applies_that_maximum()
    {
        var metadata = SharedHost.Host.Services.GetRequiredService<ServiceMetadata>();
        var limits = SharedHost.Host.Services.GetRequiredService<ValidationLimits>();
        var documented = metadata.Operations.SelectMany(o => o.Request.Properties)
            .Select(p => (Property: p, Stated: Endpoint.DocumentedMaximum(p)))
            .Where(p => p.Stated is not null)
            .ToList();

        Assert.That(documented.Select(p => p.Property.Name), Is.SupersetOf(new[] { "Name", "PrimaryDomain", "ReferenceId" }));
        Assert.That(documented.Select(p => (p.Property.Info.ReflectedType!.Name, p.Property.Name, limits.For(p.Property).MaxLength)),
            Is.EquivalentTo(documented.Select(p => (p.Property.Info.ReflectedType!.Name, p.Property.Name, p.Stated))));
    }

    [TestCase("/api/openapi.json", "components", "schemas")]
    [TestCase("/api/openapi", "definitions", null)]
    public async Task Both_openapi_documents_publish_the_limits(string path, string section, string? subsection)
    {
        using var client = SharedHost.Host.CreateClient();
        var document = (await client.GetAsync(path)).Json;
        var schemas = subsection is null ? document[section]! : document[section]![subsection]!;

        Assert.Multiple(() =>
        {
            Assert.That((int?)schemas["CreateService"]!["properties"]!["primaryDomain"]!["maxLength"], Is.EqualTo(54));
            Assert.That((int?)schemas["CreateServiceSku"]!["properties"]!["description"]!["maxLength"], Is.EqualTo(1000));
            Assert.That((int?)schemas["ContactInfo"]!["properties"]!["email"]!["maxLength"], Is.EqualTo(254));
            Assert.That((int?)schemas["GetPartnerAdminUsers"]!["properties"]!["pageSize"]!["maxLength"], Is.EqualTo(20));
            Assert.That(schemas["CreateService"]!["properties"]!["resellerGuid"]!["maxLength"], Is.Null);
        });
    }

    private static void Collect(TypeModel model, ValidationLimits limits, HashSet<Type> visited, SortedSet<string> unbounded)
    {
        if (!visited.Add(model.Type)) return;
        foreach (var property in model.Properties)
        {
            var bounds = limits.For(property);
            var name = $"{model.Type.Name}.{property.Name}";
            switch (property.Shape)
            {
                case ScalarShape { Kind: ScalarKind.String } when bounds.MaxLength is null:
                    unbounded.Add(name);
                    break;
                case CollectionShape or DictionaryShape when bounds.MaxItems is null:
                    unbounded.Add(name + " (items)");
                    break;
                case CollectionShape { Element: ScalarShape { Kind: ScalarKind.String } } when bounds.MaxLength is null:
                    unbounded.Add(name + " (each item)");
                    break;
            }
            foreach (var nested in NestedModels(property.Shape))
                Collect(nested, limits, visited, unbounded);
        }
    }

    private static IEnumerable<TypeModel> NestedModels(ValueShape shape) => shape switch
    {
        TypeModel model => [model],
        CollectionShape collection => NestedModels(collection.Element),
        DictionaryShape dictionary => NestedModels(dictionary.Value),
        _ => [],
    };
}
