using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetCollectionsValidator : AbstractValidator<GetCollections>
{
    public GetCollectionsValidator() => Include(new PagingRules<GetCollections>());
}
