using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    private static IEnumerable<PageFacts> Admin =>
    [
        new("ChangeAdminUserPassword",
            ["PUT /api/users/{UserGuid}/changepassword Change current AdminUsers password.Only the currently logged in user can change their password."],
            new PageTable("ChangeAdminUserPassword",
                new PageRow("UserGuid", "path", "Guid", true),
                new PageRow("OldPassword", "body", "String", true),
                new PageRow("NewPassword", "body", "String", true),
                new PageRow("ConfirmNewPassword", "body", "String", true)),
            BaseResponse),
    ];
}
