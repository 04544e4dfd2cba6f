using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateSiteValidator : AbstractValidator<CreateSite>
{
    public CreateSiteValidator()
    {
        RuleFor(x => x.Name).NotEmpty();
    }
}
