using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddUsageReporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CollectionKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollectionKeys_Collections_CollectionId",
                        column: x => x.CollectionId,
                        principalTable: "Collections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CollectionUsageRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ToolbarVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    LastMsgSent = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastMsgRetrieved = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastActivity = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReportedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MessagesSent = table.Column<long>(type: "bigint", nullable: false),
                    MessagesReceived = table.Column<long>(type: "bigint", nullable: false),
                    AttachmentsCount = table.Column<long>(type: "bigint", nullable: false),
                    AttachmentsSize = table.Column<long>(type: "bigint", nullable: false),
                    InvitationsSent = table.Column<long>(type: "bigint", nullable: false),
                    InvitationsAccepted = table.Column<long>(type: "bigint", nullable: false),
                    SecureMessagingGateway = table.Column<long>(type: "bigint", nullable: false),
                    SecureMessagingPlus = table.Column<long>(type: "bigint", nullable: false),
                    DataLeakPrevention = table.Column<long>(type: "bigint", nullable: false),
                    SecureLargeFiles = table.Column<long>(type: "bigint", nullable: false),
                    SecureForms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionUsageRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollectionUsageRecords_Collections_CollectionId",
                        column: x => x.CollectionId,
                        principalTable: "Collections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CollectionUsageRecords_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceUsageDays",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MessagesSent = table.Column<long>(type: "bigint", nullable: false),
                    MessagesReceived = table.Column<long>(type: "bigint", nullable: false),
                    AttachmentsCount = table.Column<long>(type: "bigint", nullable: false),
                    AttachmentsSize = table.Column<long>(type: "bigint", nullable: false),
                    InvitationsSent = table.Column<long>(type: "bigint", nullable: false),
                    InvitationsAccepted = table.Column<long>(type: "bigint", nullable: false),
                    SecureMessagingGateway = table.Column<long>(type: "bigint", nullable: false),
                    SecureMessagingPlus = table.Column<long>(type: "bigint", nullable: false),
                    DataLeakPrevention = table.Column<long>(type: "bigint", nullable: false),
                    SecureLargeFiles = table.Column<long>(type: "bigint", nullable: false),
                    SecureForms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceUsageDays", x => new { x.ServiceId, x.Day });
                    table.ForeignKey(
                        name: "FK_ServiceUsageDays_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceUsageMonths",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MessagesSent = table.Column<long>(type: "bigint", nullable: false),
                    MessagesReceived = table.Column<long>(type: "bigint", nullable: false),
                    AttachmentsCount = table.Column<long>(type: "bigint", nullable: false),
                    AttachmentsSize = table.Column<long>(type: "bigint", nullable: false),
                    InvitationsSent = table.Column<long>(type: "bigint", nullable: false),
                    InvitationsAccepted = table.Column<long>(type: "bigint", nullable: false),
                    SecureMessagingGateway = table.Column<long>(type: "bigint", nullable: false),
                    SecureMessagingPlus = table.Column<long>(type: "bigint", nullable: false),
                    DataLeakPrevention = table.Column<long>(type: "bigint", nullable: false),
                    SecureLargeFiles = table.Column<long>(type: "bigint", nullable: false),
                    SecureForms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceUsageMonths", x => new { x.ServiceId, x.Month });
                    table.ForeignKey(
                        name: "FK_ServiceUsageMonths_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceUserCountDays",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Professional = table.Column<int>(type: "integer", nullable: false),
                    Guest = table.Column<int>(type: "integer", nullable: false),
                    Disabled = table.Column<int>(type: "integer", nullable: false),
                    Unregistered = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceUserCountDays", x => new { x.ServiceId, x.Day });
                    table.ForeignKey(
                        name: "FK_ServiceUserCountDays_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceUserCountMonths",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Professional = table.Column<int>(type: "integer", nullable: false),
                    Guest = table.Column<int>(type: "integer", nullable: false),
                    Disabled = table.Column<int>(type: "integer", nullable: false),
                    Unregistered = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceUserCountMonths", x => new { x.ServiceId, x.Month });
                    table.ForeignKey(
                        name: "FK_ServiceUserCountMonths_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserCountMonthChanges",
                columns: table => new
                {
                    ScopeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Professional = table.Column<int>(type: "integer", nullable: false),
                    Guest = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserCountMonthChanges", x => new { x.ScopeId, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionKeys_CollectionId",
                table: "CollectionKeys",
                column: "CollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionKeys_Digest",
                table: "CollectionKeys",
                column: "Digest",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CollectionUsageRecords_CollectionId",
                table: "CollectionUsageRecords",
                column: "CollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionUsageRecords_Key",
                table: "CollectionUsageRecords",
                columns: new[] { "ServiceId", "Day", "ServiceUserId", "CollectionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CollectionUsageRecords_ServiceUserId_Day",
                table: "CollectionUsageRecords",
                columns: new[] { "ServiceUserId", "Day" });

            foreach (var statement in UserCountBackfill.PostgreSql())
                migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CollectionKeys");

            migrationBuilder.DropTable(
                name: "CollectionUsageRecords");

            migrationBuilder.DropTable(
                name: "ServiceUsageDays");

            migrationBuilder.DropTable(
                name: "ServiceUsageMonths");

            migrationBuilder.DropTable(
                name: "ServiceUserCountDays");

            migrationBuilder.DropTable(
                name: "ServiceUserCountMonths");

            migrationBuilder.DropTable(
                name: "UserCountMonthChanges");
        }
    }
}
