using CccApi.ServiceInterface.Data.Configurations;
using CccApi.ServiceInterface.Settings;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

/// <summary>The shapes of setting fields: a key's name is a short word, a value one line of at most 4000 characters.</summary>
public static class SettingFieldRules
{
    /// <summary>More names than there are keys is a mistake; this bounds the work of one request.</summary>
    public const int MaxNames = 100;

    public static IRuleBuilderOptions<T, string?> SettingName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(SettingKeyRecordConfiguration.NameLength).SingleLine();

    public static IRuleBuilderOptions<T, string?> SettingValue<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().MaximumLength(SettingValueRecordConfiguration.ValueLength).SingleLine();

    public static IRuleBuilderOptions<T, List<string>?> SettingNames<T>(this IRuleBuilder<T, List<string>?> rule) =>
        rule.MaximumItems(MaxNames);

    public static IRuleBuilderOptions<T, string?> AccessTypeWord<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(InputLimits.Code).Must(SettingWords.IsLevel).WithErrorCode("AllowableValues").WithMessage(SettingWords.LevelMessage);
}

public sealed class GetSettingKeysValidator : AbstractValidator<GetSettingKeys>
{
    public GetSettingKeysValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Names).SettingNames();
        RuleForEach(x => x.Names).SettingName();
        RuleFor(x => x.AccessType).AccessTypeWord();
    }
}

/// <summary>KeyGuid or Name names the key; every other field is optional (null leaves it as it is).</summary>
public sealed class UpdateSettingKeyValidator : AbstractValidator<UpdateSettingKey>
{
    public UpdateSettingKeyValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.KeyGuid).NotEqual(Guid.Empty).When(x => x.KeyGuid is not null);
        RuleFor(x => x.Name).NotEmpty().WithMessage("KeyGuid or Name must name the setting key.").When(x => x.KeyGuid is null);
        RuleFor(x => x.Name).MaximumLength(SettingKeyRecordConfiguration.NameLength).SingleLine();
        RuleFor(x => x.AccessType).AccessTypeWord();
        RuleFor(x => x.Visibility).MaximumLength(InputLimits.Code).Must(SettingWords.IsVisibility)
            .WithErrorCode("AllowableValues").WithMessage(SettingWords.VisibilityMessage);
        RuleFor(x => x.GroupGuid).NotEqual(Guid.Empty).When(x => x.GroupGuid is not null);
        RuleFor(x => x.Description).MaximumLength(InputLimits.Description).SingleLine();
        RuleFor(x => x.ValidationDescription).MaximumLength(InputLimits.Description).SingleLine();
    }
}

public sealed class GetServiceSettingValidator : AbstractValidator<GetServiceSetting>
{
    public GetServiceSettingValidator() => RuleFor(x => x.Name).SettingName();
}

public sealed class UpdateServiceSettingValidator : AbstractValidator<UpdateServiceSetting>
{
    public UpdateServiceSettingValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).SettingName();
        RuleFor(x => x.Value).SettingValue();
    }
}

public sealed class GetCollectionSettingValidator : AbstractValidator<GetCollectionSetting>
{
    public GetCollectionSettingValidator() => RuleFor(x => x.Name).SettingName();
}

public sealed class UpdateCollectionSettingValidator : AbstractValidator<UpdateCollectionSetting>
{
    public UpdateCollectionSettingValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).SettingName();
        RuleFor(x => x.Value).SettingValue();
    }
}

public sealed class GetResellerSettingValidator : AbstractValidator<GetResellerSetting>
{
    public GetResellerSettingValidator() => RuleFor(x => x.Name).SettingName();
}

public sealed class UpdateResellerSettingValidator : AbstractValidator<UpdateResellerSetting>
{
    public UpdateResellerSettingValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).SettingName();
        RuleFor(x => x.Value).SettingValue();
    }
}

public sealed class GetPartnerSettingValidator : AbstractValidator<GetPartnerSetting>
{
    public GetPartnerSettingValidator() => RuleFor(x => x.Name).SettingName();
}

public sealed class UpdatePartnerSettingValidator : AbstractValidator<UpdatePartnerSetting>
{
    public UpdatePartnerSettingValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).SettingName();
        RuleFor(x => x.Value).SettingValue();
    }
}

public sealed class ApplyCollectionSettingsDefaultsValidator : AbstractValidator<ApplyCollectionSettingsDefaults>
{
    public ApplyCollectionSettingsDefaultsValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.ResellerGuid).NotEqual(Guid.Empty).When(x => x.ResellerGuid is not null);
        RuleFor(x => x.Names).SettingNames();
        RuleForEach(x => x.Names).SettingName();
    }
}

/// <summary>A pattern is required: clearing everything is "*", said on purpose.</summary>
public sealed class DeleteCacheValidator : AbstractValidator<DeleteCache>
{
    public DeleteCacheValidator() => RuleFor(x => x.pattern).NotEmpty().MaximumLength(300).SingleLine();
}
