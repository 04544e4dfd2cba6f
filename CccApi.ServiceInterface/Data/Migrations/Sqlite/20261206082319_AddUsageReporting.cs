using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedOn = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ToolbarVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    LastMsgSent = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastMsgRetrieved = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastActivity = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReportedOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MessagesSent = table.Column<long>(type: "INTEGER", nullable: false),
                    MessagesReceived = table.Column<long>(type: "INTEGER", nullable: false),
                    AttachmentsCount = table.Column<long>(type: "INTEGER", nullable: false),
                    AttachmentsSize = table.Column<long>(type: "INTEGER", nullable: false),
                    InvitationsSent = table.Column<long>(type: "INTEGER", nullable: false),
                    InvitationsAccepted = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureMessagingGateway = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureMessagingPlus = table.Column<long>(type: "INTEGER", nullable: false),
                    DataLeakPrevention = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureLargeFiles = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureForms = table.Column<long>(type: "INTEGER", nullable: false)
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
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MessagesSent = table.Column<long>(type: "INTEGER", nullable: false),
                    MessagesReceived = table.Column<long>(type: "INTEGER", nullable: false),
                    AttachmentsCount = table.Column<long>(type: "INTEGER", nullable: false),
                    AttachmentsSize = table.Column<long>(type: "INTEGER", nullable: false),
                    InvitationsSent = table.Column<long>(type: "INTEGER", nullable: false),
                    InvitationsAccepted = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureMessagingGateway = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureMessagingPlus = table.Column<long>(type: "INTEGER", nullable: false),
                    DataLeakPrevention = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureLargeFiles = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureForms = table.Column<long>(type: "INTEGER", nullable: false)
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
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MessagesSent = table.Column<long>(type: "INTEGER", nullable: false),
                    MessagesReceived = table.Column<long>(type: "INTEGER", nullable: false),
                    AttachmentsCount = table.Column<long>(type: "INTEGER", nullable: false),
                    AttachmentsSize = table.Column<long>(type: "INTEGER", nullable: false),
                    InvitationsSent = table.Column<long>(type: "INTEGER", nullable: false),
                    InvitationsAccepted = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureMessagingGateway = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureMessagingPlus = table.Column<long>(type: "INTEGER", nullable: false),
                    DataLeakPrevention = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureLargeFiles = table.Column<long>(type: "INTEGER", nullable: false),
                    SecureForms = table.Column<long>(type: "INTEGER", nullable: false)
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
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Professional = table.Column<int>(type: "INTEGER", nullable: false),
                    Guest = table.Column<int>(type: "INTEGER", nullable: false),
                    Disabled = table.Column<int>(type: "INTEGER", nullable: false),
                    Unregistered = table.Column<int>(type: "INTEGER", nullable: false)
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
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Professional = table.Column<int>(type: "INTEGER", nullable: false),
                    Guest = table.Column<int>(type: "INTEGER", nullable: false),
                    Disabled = table.Column<int>(type: "INTEGER", nullable: false),
                    Unregistered = table.Column<int>(type: "INTEGER", nullable: false)
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
                    ScopeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Professional = table.Column<int>(type: "INTEGER", nullable: false),
                    Guest = table.Column<int>(type: "INTEGER", nullable: false)
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

            foreach (var statement in UserCountBackfill.Sqlite())
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
