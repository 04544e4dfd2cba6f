using CccApi.ServiceInterface.Data.Entities;

namespace CccApi.ServiceInterface.Data.Configurations;

/// <summary>
/// The setting keys the product starts with, created by migration (the README's "Settings" table lists them). Their
/// Guids are fixed so that every database names them alike.
/// </summary>
internal static class StartingSettingKeys
{
    private static readonly Guid Security = new("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0001");
    private static readonly Guid Packages = new("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0002");
    private static readonly Guid Notifications = new("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0003");
    private static readonly Guid Limits = new("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0004");
    private static readonly Guid Billing = new("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0005");
    private static readonly Guid Branding = new("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0006");

    private const string PackageName = "^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$";
    private const string PackageNameDescription = "A package name: 1 to 100 letters, digits, spaces, '_', '.' or '-', starting with a letter or digit.";

    public static SettingGroupRecord[] Groups { get; } =
    [
        new() { Id = Security, Name = "Security" },
        new() { Id = Packages, Name = "Packages" },
        new() { Id = Notifications, Name = "Notifications" },
        new() { Id = Limits, Name = "Limits" },
        new() { Id = Billing, Name = "Billing" },
        new() { Id = Branding, Name = "Branding" },
    ];

    public static SettingKeyRecord[] Keys { get; } =
    [
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0001", "EnableTouchValidation", SettingLevel.Service, SettingVisibility.Public, Security,
            "Whether the service's users confirm a sign-in with a touch (fingerprint or face) check on their device.",
            SettingValueType.Boolean, "true or false.", "false"),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0002", "DefaultGuestPackage", SettingLevel.Collection, SettingVisibility.Protected, Packages,
            "The package a new Guest user of a service gets.", SettingValueType.String, PackageNameDescription, "Guest", PackageName),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0003", "DefaultProPackage", SettingLevel.Collection, SettingVisibility.Protected, Packages,
            "The package a new Professional user of a service gets.", SettingValueType.String, PackageNameDescription, "Professional", PackageName),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0004", "CustomSMTPSenderEmail", SettingLevel.Service, SettingVisibility.Public, Notifications,
            "The address the service's notifications are sent from; empty for the platform's own.",
            SettingValueType.EmailAddress, "An email address, or empty for none.", ""),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0005", "CustomSMTPSenderName", SettingLevel.Service, SettingVisibility.Public, Notifications,
            "The name the service's notifications are sent by; empty for the platform's own.",
            SettingValueType.String, "Text on one line, 100 characters at most.", "", "^.{0,100}$"),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0006", "DiscardSameDomainNotifications", SettingLevel.Service, SettingVisibility.Public, Notifications,
            "Whether a gateway drops notifications of messages between two addresses of the service's own domains.",
            SettingValueType.Boolean, "true or false.", "false"),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0007", "MaxAttachmentSizeMb", SettingLevel.Service, SettingVisibility.Protected, Limits,
            "The largest attachment, in megabytes, a user of the service may send.",
            SettingValueType.Integer, "A whole number from 1 to 2048.", "25", minimum: 1, maximum: 2048),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0008", "SupportEmailAddress", SettingLevel.Reseller, SettingVisibility.Public, Notifications,
            "Where the reseller's customers are told to write for help; empty for the partner's or none.",
            SettingValueType.EmailAddress, "An email address, or empty for none.", ""),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0009", "UsageExportEnabled", SettingLevel.Partner, SettingVisibility.Private, Billing,
            "Whether the partner's monthly usage is exported to the billing system.",
            SettingValueType.Boolean, "true or false.", "false"),

        // Shown to anyone by PublicGetService (AlertCode, and the Branding group by name).
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000a", "AlertCode", SettingLevel.Service, SettingVisibility.Protected, Notifications,
            "A notice the service's portal and apps show its users, by a code agreed with them; 0 for none.",
            SettingValueType.Integer, "A whole number from 0 to 999.", "0", minimum: 0, maximum: 999),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000b", "BrandingProductName", SettingLevel.Service, SettingVisibility.Public, Branding,
            "The product name the service's portal and apps show; empty for the platform's own.",
            SettingValueType.String, "Text on one line, 100 characters at most.", "", "^.{0,100}$"),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000c", "BrandingLogoUrl", SettingLevel.Service, SettingVisibility.Public, Branding,
            "The https address of the logo the service's portal and apps show; empty for the platform's own.",
            SettingValueType.String, "An https URL of at most 2048 characters, or empty.", "", "^(https://[^\\s]{1,2040})?$"),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000d", "BrandingPrimaryColor", SettingLevel.Service, SettingVisibility.Public, Branding,
            "The main colour of the service's portal and apps; empty for the platform's own.",
            SettingValueType.String, "A colour as #RRGGBB (hexadecimal), or empty.", "", "^(#[0-9A-Fa-f]{6})?$"),

        // Read by gateways (GetGatewayServiceSettings); SendNotificationViaServer is changed by UpdateGatewayServiceSettings too.
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000e", "SendNotificationViaServer", SettingLevel.Service, SettingVisibility.Public, Notifications,
            "Whether a gateway relies on the server to send the notification of a secure message (true) or sends it itself (false).",
            SettingValueType.Boolean, "true or false.", "false"),
        Key("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000f", "CustomSMTPDNREmail", SettingLevel.Service, SettingVisibility.Public, Notifications,
            "The do-not-reply address the service's notifications name; empty for the platform's own.",
            SettingValueType.EmailAddress, "An email address, or empty for none.", ""),
    ];

    private static SettingKeyRecord Key(string id, string name, SettingLevel accessType, SettingVisibility visibility, Guid group, string description,
        SettingValueType valueType, string validationDescription, string defaultValue, string? pattern = null, long? minimum = null, long? maximum = null) =>
        new()
        {
            Id = new Guid(id),
            Name = name,
            AccessType = accessType,
            Visibility = visibility,
            GroupId = group,
            Description = description,
            ValueType = valueType,
            ValidationDescription = validationDescription,
            ValidationPattern = pattern,
            MinimumValue = minimum,
            MaximumValue = maximum,
            DefaultValue = defaultValue,
        };
}
