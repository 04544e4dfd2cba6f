using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class UpdateAdminUserValidator : AbstractValidator<UpdateAdminUser>
{
    public UpdateAdminUserValidator() => RuleFor(x => x.Status).NotNull().IsInEnum();
}
