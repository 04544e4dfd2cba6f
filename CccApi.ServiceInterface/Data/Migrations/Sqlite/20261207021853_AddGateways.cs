using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CccApi.ServiceInterface.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddGateways : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Gateways",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrarType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegistrarScopeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredByUser = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RegisteredOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IPAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RulesVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gateways", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GatewayKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GatewayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedOn = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GatewayKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GatewayKeys_Gateways_GatewayId",
                        column: x => x.GatewayId,
                        principalTable: "Gateways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GatewayMessageRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GatewayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Cost = table.Column<long>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckNextRuleIf = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MatchExpression = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedOn = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GatewayMessageRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GatewayMessageRules_Gateways_GatewayId",
                        column: x => x.GatewayId,
                        principalTable: "Gateways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GatewayMessageRules_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "SettingKeys",
                columns: new[] { "Id", "AccessType", "DefaultValue", "Description", "GroupId", "MaximumValue", "MinimumValue", "Name", "ValidationDescription", "ValidationPattern", "ValueType", "Visibility" },
                values: new object[,]
                {
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000e"), "Service", "false", "Whether a gateway relies on the server to send the notification of a secure message (true) or sends it itself (false).", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0003"), null, null, "SendNotificationViaServer", "true or false.", null, "Boolean", "Public" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000f"), "Service", "", "The do-not-reply address the service's notifications name; empty for the platform's own.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0003"), null, null, "CustomSMTPDNREmail", "An email address, or empty for none.", null, "EmailAddress", "Public" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_GatewayKeys_Digest",
                table: "GatewayKeys",
                column: "Digest",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GatewayKeys_GatewayId",
                table: "GatewayKeys",
                column: "GatewayId");

            migrationBuilder.CreateIndex(
                name: "IX_GatewayMessageRules_GatewayId_ServiceId_Position",
                table: "GatewayMessageRules",
                columns: new[] { "GatewayId", "ServiceId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_GatewayMessageRules_ServiceId",
                table: "GatewayMessageRules",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Gateways_RegistrarType_RegistrarScopeId_NameKey",
                table: "Gateways",
                columns: new[] { "RegistrarType", "RegistrarScopeId", "NameKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GatewayKeys");

            migrationBuilder.DropTable(
                name: "GatewayMessageRules");

            migrationBuilder.DropTable(
                name: "Gateways");

            migrationBuilder.DeleteData(
                table: "SettingKeys",
                keyColumn: "Id",
                keyValue: new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000e"));

            migrationBuilder.DeleteData(
                table: "SettingKeys",
                keyColumn: "Id",
                keyValue: new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000f"));
        }
    }
}
