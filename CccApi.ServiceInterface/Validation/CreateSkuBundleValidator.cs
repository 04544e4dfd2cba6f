using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateSkuBundleValidator : AbstractValidator<CreateSkuBundle>
{
    public CreateSkuBundleValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().MaximumLength(InputLimits.Name).NameText();
        RuleFor(x => x.Status)
            .MaximumLength(InputLimits.Code)
            .Must(s => RecordStatuses.Parse(s!) is not null).When(x => x.Status is not null)
            .WithErrorCode("AllowableValues")
            .WithMessage(RecordStatuses.InvalidMessage);
    }
}
