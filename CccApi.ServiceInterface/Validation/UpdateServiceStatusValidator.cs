using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class UpdateServiceStatusValidator : AbstractValidator<UpdateServiceStatus>
{
    public UpdateServiceStatusValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Status).NotEmpty().MaximumLength(InputLimits.Code)
            .Must(s => ServiceLifecycle.Parse(s) is not null)
            .WithErrorCode("AllowableValues")
            .WithMessage(ServiceLifecycle.InvalidMessage);
    }
}
