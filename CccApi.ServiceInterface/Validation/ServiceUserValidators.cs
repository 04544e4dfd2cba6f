using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>The fields the service-user operations share, with the pages' allowable values.</summary>
internal static class ServiceUserFieldRules
{
    /// <summary>The languages the pages allow (ISO 639-1, two lower-case letters).</summary>
    public static readonly string[] Languages = ["en", "fr", "de", "es", "ja", "nl", "zh"];

    /// <summary>How many aliases one user may have.</summary>
    public const int MaxAliases = 20;

    public static IRuleBuilderOptions<T, string?> UserEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(InputLimits.Email).SingleLine().AddrSpec();

    public static IRuleBuilderOptions<T, string?> UserName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(InputLimits.Name).NameText();

    // Messages from the length validators never include the value, so a password is not echoed.
    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MinimumLength(AdminUserCredentialsRules.PasswordMinLength).MaximumLength(InputLimits.Password);

    // Bounded like the other words, and AllowableValues, as every field with allowable values answers (CatalogueFieldRules, UpdateServiceStatus...).
    public static IRuleBuilderOptions<T, string?> Language<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(InputLimits.Code).Must(v => v is null || Languages.Contains(v)).WithErrorCode("AllowableValues")
            .WithMessage("'{PropertyName}' must be one of " + string.Join(", ", Languages) + ".");

    public static IRuleBuilderOptions<T, string?> GroupType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(InputLimits.Code).Must(v => string.IsNullOrEmpty(v) || ServiceUserGroupChoice.IsType(v)).WithErrorCode("AllowableValues")
            .WithMessage("'{PropertyName}' must be Guest or Professional.");

    /// <summary>
    /// One of ServiceUserGuid or EmailAddress is required; EmailAddress, when given, is an address. Each rule stops at
    /// its first failure whatever the validator's own cascade mode, so a field is named once.
    /// </summary>
    public static void OneUser<T>(AbstractValidator<T> validator) where T : IServiceUserReference
    {
        validator.RuleFor(x => x.ServiceUserGuid).Cascade(CascadeMode.Stop).NotNull().When(x => string.IsNullOrEmpty(x.EmailAddress))
            .WithMessage("One of ServiceUserGuid or EmailAddress is required.");
        validator.RuleFor(x => x.EmailAddress).Cascade(CascadeMode.Stop).UserEmail().When(x => !string.IsNullOrEmpty(x.EmailAddress));
    }
}

public sealed class CreateServiceUserValidator : AbstractValidator<CreateServiceUser>
{
    public CreateServiceUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.EmailAddress).NotEmpty().UserEmail();
        RuleFor(x => x.Password).NewPassword();
        RuleFor(x => x.FirstName).UserName();
        RuleFor(x => x.LastName).UserName();
        RuleFor(x => x.ServiceUserGroupType).GroupType();
        RuleFor(x => x.Language).Language();
    }
}

public sealed class UpdateServiceUserValidator : AbstractValidator<UpdateServiceUser>
{
    public UpdateServiceUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        ServiceUserFieldRules.OneUser(this);
        RuleFor(x => x.FirstName).UserName().When(x => x.FirstName is not null);
        RuleFor(x => x.LastName).UserName().When(x => x.LastName is not null);
        RuleFor(x => x.Language).Language();
    }
}

public sealed class GetServiceUserValidator : AbstractValidator<GetServiceUser>
{
    public GetServiceUserValidator() => ServiceUserFieldRules.OneUser(this);
}

public sealed class GetServiceUsersValidator : AbstractValidator<GetServiceUsers>
{
    public GetServiceUsersValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        Include(new PagingRules<GetServiceUsers>());
        RuleFor(x => x.ServiceCode).NotEmpty().When(x => x.ServiceGuid is null)
            .WithMessage("Must provide ServiceCode if ServiceGuid is null.");
        RuleFor(x => x.ServiceCode).MaximumLength(InputLimits.Code).SingleLine();
        RuleFor(x => x.ServiceUserGroupType).GroupType();
        RuleFor(x => x.Token).MaximumLength(InputLimits.Email).SingleLine();
    }
}

public sealed class SearchServiceUsersValidator : AbstractValidator<SearchServiceUsers>
{
    public SearchServiceUsersValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Token).NotEmpty().MaximumLength(InputLimits.Email).SingleLine();
    }
}

public sealed class ProvisionServiceUserValidator : AbstractValidator<ProvisionServiceUser>
{
    public ProvisionServiceUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.EmailAddress).NotEmpty().UserEmail();
        RuleFor(x => x.FirstName).UserName();
        RuleFor(x => x.LastName).UserName();
        RuleFor(x => x.ServiceUserGroupType).GroupType();
        RuleFor(x => x.Language).Language();
        RuleFor(x => x.Aliases).MaximumItems(ServiceUserFieldRules.MaxAliases);
        RuleForEach(x => x.Aliases).NotEmpty().UserEmail();
    }
}

public sealed class UpdateServiceUserServiceUserGroupValidator : AbstractValidator<UpdateServiceUserServiceUserGroup>
{
    public UpdateServiceUserServiceUserGroupValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.ServiceUserGuid).NotEmpty();
        RuleFor(x => x.ServiceUserGroupType).NotEmpty().When(x => x.ServiceUserGroupGuid is null)
            .WithMessage("One of ServiceUserGroupGuid or ServiceUserGroupType is required.");
        RuleFor(x => x.ServiceUserGroupType).GroupType();
    }
}

public sealed class ChangeServiceUserPasswordValidator : AbstractValidator<ChangeServiceUserPassword>
{
    public ChangeServiceUserPasswordValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        ServiceUserFieldRules.OneUser(this);
        RuleFor(x => x.OldPassword).NotEmpty().MaximumLength(InputLimits.Password);
        RuleFor(x => x.NewPassword).NewPassword();
    }
}

public sealed class SendActivationMessageValidator : AbstractValidator<SendActivationMessage>
{
    public SendActivationMessageValidator() => ServiceUserFieldRules.OneUser(this);
}

public sealed class ActivateServiceUserValidator : AbstractValidator<ActivateServiceUser>
{
    public ActivateServiceUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        // Tokens are 43 characters of base64url; anything much longer is not one.
        RuleFor(x => x.Token).NotEmpty().MaximumLength(100).SingleLine();
    }
}
