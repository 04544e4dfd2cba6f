using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.Validation;

/// <summary>
/// The length and item-count limits every operation's validators apply, read once from the validators
/// themselves: OpenAPI publishes them, and tests hold every request member to having one.
/// </summary>
public sealed class ValidationLimits
{
    private readonly IReadOnlyDictionary<(Type Dto, string Member), MemberLimits> _limits;

    public ValidationLimits(ServiceMetadata metadata, IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var reader = new ValidatorLimitsReader(type => (IValidator)ActivatorUtilities.CreateInstance(provider, type));
        foreach (var operation in metadata.Operations)
        {
            if (operation.ValidatorType is not null)
                reader.Read(operation.RequestType, (IValidator)provider.GetRequiredService(operation.ValidatorType));
        }
        _limits = reader.Limits;
    }

    /// <summary>The limits on a property of the DTO it was read from (none when no validator bounds it).</summary>
    public MemberLimits For(PropertyModel property) =>
        _limits.GetValueOrDefault((property.Info.ReflectedType!, property.Name));
}
