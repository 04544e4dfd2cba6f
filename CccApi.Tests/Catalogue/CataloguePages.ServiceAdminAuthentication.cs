using static CccApi.Tests.Catalogue.PageFacts;

namespace CccApi.Tests.Catalogue;

public static partial class CataloguePages
{
    // The stored copy (markdown only) shows the route, the tables and both samples; the response type's name is ours.
    private static IEnumerable<PageFacts> ServiceAdminAuthentication =>
    [
        new("AuthenticateServiceAdminUser",
            ["POST /api/services/{ServiceGuid}/authenticate Authenticate against the CCCAPI API"],
            new PageTable("AuthenticateServiceAdminUser",
                new PageRow("ServiceGuid", "path", "Guid", true, "The service the user belongs to."),
                new PageRow("Token", "body", "String", true, "MsgAPI session token"),
                new PageRow("RememberMe", "body", "Boolean", false,
                    "If true, will keep the session active for 7 days from the moment the user is signed in", "true", "false")),
            new PageTable("AuthenticateServiceAdminUserResponse",
                new PageRow("SessionId", "form", "string", false),
                new PageRow("UserName", "form", "string", false)),
            BaseResponse),
    ];
}
