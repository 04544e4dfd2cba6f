using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKey>
{
    public const int NameMaxLength = 100;

    public CreateApiKeyValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).MaximumLength(NameMaxLength).SingleLine();
    }
}
