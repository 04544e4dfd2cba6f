using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>A collection lives on one Site and is found by its code, so all three are needed to register one.</summary>
public sealed class RegisterCollectionValidator : AbstractValidator<RegisterCollection>
{
    public RegisterCollectionValidator()
    {
        RuleFor(x => x.SiteGuid).NotEmpty();
        RuleFor(x => x.Name).NotEmpty();
        RuleFor(x => x.CollectionCode).NotEmpty();
    }
}
