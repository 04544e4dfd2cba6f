using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>A service's domain follows CreateService's PrimaryDomain rules, with its error codes.</summary>
internal static class ServiceDomainRules
{
    public static IRuleBuilderOptions<T, string?> ServiceDomain<T>(this IRuleBuilder<T, string?> rule, string displayName) =>
        rule.NotEmpty()
            .MaximumLength(DomainNames.MaxLength)
            .SingleLine()
            .Must(DomainNames.IsValidPrimaryDomain).WithErrorCode("RegularExpression")
            .WithMessage($"'{displayName}' must be a fully qualified domain name, such as example.com.");
}

public sealed class AddRemoveServiceDomainValidator : AbstractValidator<AddRemoveServiceDomain>
{
    public AddRemoveServiceDomainValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Domain).ServiceDomain("Domain");
    }
}

public sealed class UpdateServiceDomainValidator : AbstractValidator<UpdateServiceDomain>
{
    public UpdateServiceDomainValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Domain).ServiceDomain("Domain");
        RuleFor(x => x.NewDomain).ServiceDomain("New Domain");
        RuleFor(x => x.SetAsPrimaryDomain).NotNull();
    }
}
