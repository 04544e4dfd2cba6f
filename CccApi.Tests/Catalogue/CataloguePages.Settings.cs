using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private static readonly string[] AccessTypes = ["Service", "Collection", "Reseller", "Partner"];

    private static PageTable SettingTable(string typeName, string holderGuid) => new(typeName,
        new PageRow("Name", "form", "string", false),
        new PageRow("Description", "form", "string", false),
        new PageRow("Group", "form", "string", false),
        new PageRow("Value", "form", "string", false),
        new PageRow(holderGuid, "body", "Guid", false));

    private static IEnumerable<PageFacts> Settings =>
    [
        // The v8.4.0.0 copy: a later rendering adds SettingKey.Label.
        new("GetSettingKeys", ["GET /api/settings/keys Get setting keys"],
            new PageTable("GetSettingKeys",
                new PageRow("Names", "body", "String[]", false),
                new PageRow("AccessType", "body", "String", false, "", AccessTypes)),
            new PageTable("GetSettingKeysResponse", new PageRow("SettingKeys", "form", "List<SettingKey>", false)),
            BaseResponse,
            new PageTable("SettingKey",
                new PageRow("Guid", "body", "Guid", false),
                new PageRow("Name", "form", "string", false),
                new PageRow("AccessType", "form", "string", false),
                new PageRow("Group", "body", "SettingGroup", false),
                new PageRow("Visibility", "form", "string", false),
                new PageRow("Description", "form", "string", false),
                new PageRow("ValidationDescription", "form", "string", false)),
            new PageTable("SettingGroup",
                new PageRow("Guid", "body", "Guid", false),
                new PageRow("Name", "form", "string", false))),
        new("UpdateSettingKey", ["PUT /api/settings/keys Update setting key"],
            new PageTable("UpdateSettingKey",
                new PageRow("KeyGuid", "body", "Guid", false),
                new PageRow("Name", "body", "String", false),
                new PageRow("AccessType", "body", "String", false, "", AccessTypes),
                new PageRow("GroupGuid", "body", "Guid", false),
                new PageRow("Visibility", "body", "String", false, "", "Private", "Protected", "Public"),
                new PageRow("Description", "body", "String", false),
                new PageRow("ValidationDescription", "body", "String", false)),
            BaseResponse),
        new("GetServiceSetting",
            ["GET /api/services/{ServiceGuid}/settings/{Name} Retrieve setting information for selected serviceThe setting is identified by its public name. "
                + "The setting value may differ depending on which service is queried. The value is serialized."],
            new PageTable("GetServiceSetting",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("Name", "path", "String", true)),
            new PageTable("ServiceSettingResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            SettingTable("ServiceSetting", "ServiceGuid")),
        new("UpdateServiceSetting",
            ["PUT /api/services/{ServiceGuid}/settings/{Name} Update setting value for selected serviceThe setting is identified by its public name. "
                + "The setting value associated with the selected service is updated. The value is serialized."],
            new PageTable("UpdateServiceSetting",
                new PageRow("ServiceGuid", "path", "Guid", true),
                new PageRow("Name", "path", "String", true),
                new PageRow("Value", "query", "String", true)),
            BaseResponse),
        new("GetCollectionSetting",
            ["GET /api/collections/{CollectionGuid}/settings/{Name} Retrieve a value of a specific collection setting.The setting is identified by its public name. "
                + "The setting value may differ depending on which collection is queried. The value is serialized.SuperUsers can get any Collection settings. "
                + "Partners can get a setting owned by one of their Resellers Collections. Resellers can get settings for Collections they own."],
            new PageTable("GetCollectionSetting",
                new PageRow("CollectionGuid", "path", "Guid", true),
                new PageRow("Name", "path", "String", true)),
            new PageTable("CollectionSettingResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false)),
            SettingTable("CollectionSetting", "CollectionGuid")),
        new("UpdateCollectionSetting",
            ["PUT /api/collections/{CollectionGuid}/settings/{Name} Update setting value for selected collectionThe setting is identified by its public name. "
                + "The setting value associated with the selected collection is updated. The value is serialized. SuperUsers can update any Collection settings. "
                + "Partners can update a setting owned by one of their Resellers Collections. Resellers can update settings for Collections they own."],
            new PageTable("UpdateCollectionSetting",
                new PageRow("CollectionGuid", "path", "Guid", true),
                new PageRow("Name", "path", "String", true),
                new PageRow("Value", "body", "String", true)),
            BaseResponse),
        // A markdown copy only: its route row has no summary, and its tables no headings (ours are named as ServiceStack names them).
        new("ApplyCollectionSettingsDefaults", ["POST /api/collections/{CollectionGuid}/settings/defaults"],
            new PageTable("ApplyCollectionSettingsDefaults",
                new PageRow("CollectionGuid", "path", "Guid", true),
                new PageRow("ResellerGuid", "query", "Guid", false),
                new PageRow("Names", "query", "String[]", false)),
            BaseResponse),
        new("DeleteCache", ["DELETE /api/cache SuperUser only."],
            new PageTable("DeleteCache",
                new PageRow("pattern", "body", "String", false,
                    "Note: Consider adding a '*' at the end of your pattern. Here are some examples for resetting setting values cache: urn:SettingKeys "
                    + "urn:SettingValues:EnableTouchValidation urn:SettingValues:DefaultGuestPackage urn:ServiceSettingValues:e92c1bed-dc1e-4aa9-8653-46d1ddf91b1c "
                    + "urn:CollectionSettingValues:eb6b6049-ef67-4f82-98cd-e613e25adee7")),
            new PageTable("DeleteCacheResponse",
                new PageRow("ResponseStatus", "form", "ResponseStatus", false),
                new PageRow("KeysDeleted", "form", "int", false))),
    ];
}
