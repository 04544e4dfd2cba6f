using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class UpdateSecureCloudConnectionValidator : AbstractValidator<UpdateSecureCloudConnection>
{
    public UpdateSecureCloudConnectionValidator() => RuleFor(x => x.Connected).NotNull();
}
