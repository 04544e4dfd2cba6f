using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateSkuValidator : AbstractValidator<CreateSku>
{
    public CreateSkuValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        Include(new SkuTermsRules<CreateSku>());
        RuleFor(x => x.Status).RecordStatusWord();
    }
}
