using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>One of ServiceGuid and ServiceCode, in the page's words; the code as long as codes are.</summary>
public sealed class PublicGetServiceValidator : AbstractValidator<PublicGetService>
{
    public PublicGetServiceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.ServiceGuid).NotEmpty().When(x => string.IsNullOrEmpty(x.ServiceCode))
            .WithMessage("Must provide ServiceGuid if ServiceCode is null.");
        RuleFor(x => x.ServiceCode).MaximumLength(InputLimits.Code).SingleLine();
    }
}
