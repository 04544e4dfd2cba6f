using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateSkuBundleValidator : AbstractValidator<CreateSkuBundle>
{
    public CreateSkuBundleValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.Status).RecordStatusWord();
    }
}
