using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>Page and PageSize ranges, included by each paged request's validator.</summary>
internal sealed class PagingRules<T> : AbstractValidator<T> where T : IPagedRequest
{
    public PagingRules()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
