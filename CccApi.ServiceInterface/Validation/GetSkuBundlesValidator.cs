using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetSkuBundlesValidator : AbstractValidator<GetSkuBundles>
{
    public GetSkuBundlesValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        Include(new PagingRules<GetSkuBundles>());
        RuleFor(x => x.Status).RecordStatusWord();
    }
}
