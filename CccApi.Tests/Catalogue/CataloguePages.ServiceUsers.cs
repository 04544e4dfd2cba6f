using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private static readonly string[] Languages = ["en", "fr", "de", "es", "ja", "nl", "zh"];

    private static readonly string[] GroupTypes = ["Guest", "Professional"];

    private static readonly string[] TrueFalse = ["true", "false"];

    private const string GroupRules = "if only ServiceUserGroupGuid is specified then the group identified by that guid is used; "
        + "if only ServiceUserGroupType is specified then the default group for that type is used; "
        + "if both ServiceUserGroupGuid and ServiceUserGroupType are specified, the type of the group identified by the ServiceUserGroupGuid has to match the ServiceUserGroupType; "
        + "if neither ServiceUserGroupGuid nor ServiceUserGroupType are specified, the user will be assigned the services' default package for users.";

    private const string OneOfUser = "One of ServiceUserGuid or EmailAddress is required. If both are supplied, the EmailAddess must match the ServiceUserGuid.";

    // As GetServiceUser's page shows it in full (GetServiceUsers' and SearchServiceUsers' stored copies stop inside it).
    // PasswordThrottled is the one bool with no allowable values.
    private static readonly PageTable ServiceUserTable = new("ServiceUser",
        new PageRow("ServiceUserGuid", "body", "Guid", false),
        new PageRow("EmailAddress", "form", "string", false),
        new PageRow("CreatedOn", "body", "DateTime", false),
        new PageRow("FirstName", "form", "string", false),
        new PageRow("LastName", "form", "string", false),
        new PageRow("Status", "form", "string", false, "", ActiveDisabled),
        new PageRow("RegisteredOn", "body", "DateTime", false),
        new PageRow("PackageExpiry", "body", "DateTime", false),
        new PageRow("Language", "form", "string", false, "", Languages),
        new PageRow("EmailAliases", "form", "Dictionary<string, string>", false),
        new PageRow("GroupName", "form", "string", false),
        new PageRow("GroupGuid", "body", "Guid", false),
        new PageRow("GroupType", "form", "string", false, "", GroupTypes),
        new PageRow("EnableCampaigns", "form", "bool", false, "", TrueFalse),
        new PageRow("EnableESignatures", "form", "bool", false, "", TrueFalse),
        new PageRow("LastLogin", "body", "DateTime", false),
        new PageRow("LastIpAddress", "form", "string", false),
        new PageRow("CurrentToolbarVersion", "form", "string", false),
        new PageRow("PasswordExpiry", "form", "DateTime?", false),
        new PageRow("PasswordThrottled", "form", "bool", false),
        new PageRow("DefaultSecure", "form", "string", false, "", "Never", "BasedOnKeywords", "Always"),
        new PageRow("BlacklistMode", "form", "string", false, "", "Never", "SecureOnly", "SecureAndBasic"),
        new PageRow("EnableMfa", "form", "bool", false, "", TrueFalse));

    private static readonly PageTable ServiceUserResponseTable = new("ServiceUserResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false));

    private static IEnumerable<PageFacts> ServiceUsers =>
    [
        // The stored copies (v8.4.0.0) stop after BlacklistMode's first value and show no response type. The rest is as
        // ServiceModel/ServiceUsers.cs decided: BlacklistMode's values and EnableMfa as UpdateServiceUser's page shows
        // them, and the created user answered as GetServiceUser answers it (ServiceUserResponse, then ServiceUser).
        new("CreateServiceUser",
            ["POST /api/services/{ServiceGuid}/users Create a new user for a service. ServiceUserGroupGuid / ServiceUserGroupType - " + GroupRules],
            new PageTable("CreateServiceUser",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("EmailAddress", "body", "String", true),
                new PageRow("Password", "body", "String", true),
                new PageRow("FirstName", "body", "String", true),
                new PageRow("LastName", "body", "String", true),
                new PageRow("PreRegister", "body", "Boolean", false, "Indicates if the user should be pre-registered on the service. Defaults to false.", TrueFalse),
                new PageRow("SkipRegConfirmation", "body", "Boolean", false,
                    "Indicate if the user should be required to complete the registration page or not when first logging in. Defaults to false.", TrueFalse),
                new PageRow("ServiceUserGroupGuid", "body", "Guid", false, "Identify the group the service user will be added to."),
                new PageRow("ServiceUserGroupType", "body", "String", false, "Identify the group the service user will be added to.", GroupTypes),
                new PageRow("Language", "body", "String", false, "Language code conforms to ISO 639-1. Supported languages must be two-letters and in lowercase.", Languages),
                new PageRow("EnableCampaigns", "body", "Boolean", false, "", TrueFalse),
                new PageRow("EnableESignatures", "body", "Boolean", false, "", TrueFalse),
                new PageRow("DefaultSecure", "body", "ServiceUserDefaultSecure", false, "", "Never", "BasedOnKeywords", "Always"),
                // Cut off here on the stored copy: the rest follows the DTO (see above).
                new PageRow("BlacklistMode", "body", "ServiceUserBlacklistMode", false, "", "Never", "SecureOnly", "SecureAndBasic"),
                new PageRow("EnableMfa", "body", "Boolean", false, "", TrueFalse)),
            ServiceUserResponseTable,
            ServiceUserTable),
        new("UpdateServiceUser",
            ["PUT /api/services/{ServiceGuid}/users Update a service user's details. Only fields sent in the request will be updated. "
                + "If a field is set not available in the request, it will not be updated and will be ignored."],
            new PageTable("UpdateServiceUser",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("ServiceUserGuid", "query", "Guid", false),
                new PageRow("EmailAddress", "query", "String", false),
                new PageRow("FirstName", "body", "string", false),
                new PageRow("LastName", "body", "string", false),
                new PageRow("Language", "body", "string", false, "", Languages),
                new PageRow("EnableCampaigns", "body", "bool?", false, "", TrueFalse),
                new PageRow("EnableESignatures", "body", "bool?", false, "", TrueFalse),
                new PageRow("DefaultSecure", "body", "ServiceUserDefaultSecure", false, "", "Never", "BasedOnKeywords", "Always"),
                new PageRow("BlacklistMode", "body", "ServiceUserBlacklistMode", false, "", "Never", "SecureOnly", "SecureAndBasic"),
                new PageRow("EnableMfa", "body", "bool?", false, "", TrueFalse)),
            BaseResponse),
        new("GetServiceUser",
            ["GET /api/services/{ServiceGuid}/users/single Get a specific user. Get a specific user for a service. " + OneOfUser],
            new PageTable("GetServiceUser",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("ServiceUserGuid", "query", "Guid", false),
                new PageRow("EmailAddress", "query", "String", false)),
            ServiceUserResponseTable,
            ServiceUserTable),
        // The stored copies stop inside the ServiceUser table; it is completed as GetServiceUser's page shows it.
        new("GetServiceUsers",
            [
                "GET /api/services/single/users",
                "GET /api/services/{ServiceGuid}/users Get users for a service. ServiceUserGroupGuid / ServiceUserGroupType - Identify the group the service user will be added to: "
                    + GroupRules,
            ],
            new PageTable("GetServiceUsers",
                new PageRow("ServiceGuid", "query", "Guid", false, "Must provide ServiceGuid if ServiceCode is null."),
                new PageRow("ServiceCode", "query", "String", false, "Must provide ServiceCode if ServiceGuid is null."),
                new PageRow("ServiceUserGroupGuid", "query", "Guid", false),
                new PageRow("ServiceUserGroupType", "query", "String", false, "", GroupTypes),
                new PageRow("Token", "query", "String", false),
                new PageRow("Page", "query", "Integer", false),
                new PageRow("PageSize", "query", "Integer", false, "The Page Size returned by the operation. Defaults to 25.")),
            Paged("GetServiceUsersResponse", "ServiceUser"),
            BaseResponse,
            ServiceUserTable),
        // The stored copies stop inside the ServiceUser table: it is completed as GetServiceUser's page shows it, and
        // the Service table as GetService's and SearchServices' pages show it.
        new("SearchServiceUsers",
            ["GET /api/services/users Search users based on a token found in either first name, last name, or email address. "
                + "If ServiceGuid, CollectionGuid and SiteGuid are specified, they need to match."],
            new PageTable("SearchServiceUsers",
                new PageRow("ServiceGuid", "query", "Guid", false, "If ServiceGuid is specified then the search is limited to users of that service."),
                new PageRow("CollectionGuid", "query", "Guid", false, "If CollectionGuid is specified then the search is limited to users of services in that collection."),
                new PageRow("SiteGuid", "query", "Guid", false, "If SiteGuid is specified then the search is limited to users of services in that site."),
                new PageRow("Token", "query", "String", true, "The search term is case insensitive.")),
            new PageTable("SearchServiceUsersResponse",
                new PageRow("Results", "body", "SearchServiceUserResult[]", false),
                new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            new PageTable("SearchServiceUserResult",
                new PageRow("ServiceUser", "body", "ServiceUser", false),
                new PageRow("Service", "body", "Service", false)),
            ServiceUserTable,
            ServiceTable),
        new("ProvisionServiceUser",
            ["POST /api/services/{ServiceGuid}/sso/users Create or update a sso user for a service. ServiceUserGroupGuid / ServiceUserGroupType - " + GroupRules],
            new PageTable("ProvisionServiceUser",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("EmailAddress", "body", "String", true),
                new PageRow("FirstName", "body", "String", true),
                new PageRow("LastName", "body", "String", true),
                new PageRow("SsoUid", "body", "Guid", false, "Identify the sso user as per IdProvider."),
                new PageRow("ServiceUserGroupGuid", "body", "Guid", false, "Identify the group the service user will be added to."),
                new PageRow("ServiceUserGroupType", "body", "String", false, "Identify the group the service user will be added to.", GroupTypes),
                new PageRow("Language", "body", "string", false, "", Languages),
                new PageRow("Aliases", "body", "String[]", false),
                new PageRow("ResetPasswordOnCreate", "body", "Boolean", false, "", TrueFalse)),
            new PageTable("ProvisionServiceUserResponse", new PageRow("ServiceUserGuid", "body", "Guid", false)),
            BaseResponse),
        // The stored copy is of the v8.12.0.0 page.
        new("UpdateServiceUserServiceUserGroup",
            ["PUT /api/services/{ServiceGuid}/users/group Update the group to which a service user belongs. A specific group guid can be specified, "
                + "or a group type i.e. Guest or Professional. If both group guid and type is specified the guid will be assigned to the user "
                + "if the group type for the guid match the group type specified by the ServiceUserGroupType property."],
            new PageTable("UpdateServiceUserServiceUserGroup",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("ServiceUserGuid", "query", "Guid", true),
                new PageRow("ServiceUserGroupGuid", "query", "Guid", false),
                new PageRow("ServiceUserGroupType", "body", "string", false, "", GroupTypes)),
            BaseResponse),
        new("ChangeServiceUserPassword",
            ["PUT /api/services/{ServiceGuid}/users/password Change the password of a service user Change the password of a service user."],
            new PageTable("ChangeServiceUserPassword",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("ServiceUserGuid", "query", "Guid", false, "Only required if EmailAddress is not supplied."),
                new PageRow("EmailAddress", "query", "String", false, "Only required if ServiceUserGuid is not supplied."),
                new PageRow("OldPassword", "body", "String", true, "Old password for the service user."),
                new PageRow("NewPassword", "body", "String", true, "New password for the service user.")),
            BaseResponse),
        new("SendActivationMessage",
            [
                "POST /api/services/{ServiceGuid}/users/activationmessage Resent activation message for given user. " + OneOfUser,
                "POST /api/services/{ServiceGuid}/users/messages/activation Resent activation message for given user. " + OneOfUser,
            ],
            new PageTable("SendActivationMessage",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("ServiceUserGuid", "query", "Guid", false),
                new PageRow("EmailAddress", "query", "String", false)),
            new PageTable("SendActivationMessageResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false))),
    ];
}
