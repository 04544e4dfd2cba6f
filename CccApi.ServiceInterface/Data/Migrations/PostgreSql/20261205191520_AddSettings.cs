using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CccApi.ServiceInterface.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SettingGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SettingKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "citext", maxLength: 100, nullable: false),
                    AccessType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Visibility = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ValidationDescription = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ValueType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ValidationPattern = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MinimumValue = table.Column<long>(type: "bigint", nullable: true),
                    MaximumValue = table.Column<long>(type: "bigint", nullable: true),
                    DefaultValue = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SettingKeys_SettingGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SettingGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SettingValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SettingKeyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SettingValues_SettingKeys_SettingKeyId",
                        column: x => x.SettingKeyId,
                        principalTable: "SettingKeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "SettingGroups",
                columns: new[] { "Id", "Name" },
                values: new object[,]
                {
                    { new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0001"), "Security" },
                    { new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0002"), "Packages" },
                    { new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0003"), "Notifications" },
                    { new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0004"), "Limits" },
                    { new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0005"), "Billing" }
                });

            migrationBuilder.InsertData(
                table: "SettingKeys",
                columns: new[] { "Id", "AccessType", "DefaultValue", "Description", "GroupId", "MaximumValue", "MinimumValue", "Name", "ValidationDescription", "ValidationPattern", "ValueType", "Visibility" },
                values: new object[,]
                {
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0001"), "Service", "false", "Whether the service's users confirm a sign-in with a touch (fingerprint or face) check on their device.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0001"), null, null, "EnableTouchValidation", "true or false.", null, "Boolean", "Public" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0002"), "Collection", "Guest", "The package a new Guest user of a service gets.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0002"), null, null, "DefaultGuestPackage", "A package name: 1 to 100 letters, digits, spaces, '_', '.' or '-', starting with a letter or digit.", "^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$", "String", "Protected" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0003"), "Collection", "Professional", "The package a new Professional user of a service gets.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0002"), null, null, "DefaultProPackage", "A package name: 1 to 100 letters, digits, spaces, '_', '.' or '-', starting with a letter or digit.", "^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$", "String", "Protected" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0004"), "Service", "", "The address the service's notifications are sent from; empty for the platform's own.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0003"), null, null, "CustomSMTPSenderEmail", "An email address, or empty for none.", null, "EmailAddress", "Public" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0005"), "Service", "", "The name the service's notifications are sent by; empty for the platform's own.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0003"), null, null, "CustomSMTPSenderName", "Text on one line, 100 characters at most.", "^.{0,100}$", "String", "Public" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0006"), "Service", "false", "Whether a gateway drops notifications of messages between two addresses of the service's own domains.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0003"), null, null, "DiscardSameDomainNotifications", "true or false.", null, "Boolean", "Public" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0007"), "Service", "25", "The largest attachment, in megabytes, a user of the service may send.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0004"), 2048L, 1L, "MaxAttachmentSizeMb", "A whole number from 1 to 2048.", null, "Integer", "Protected" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0008"), "Reseller", "", "Where the reseller's customers are told to write for help; empty for the partner's or none.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0003"), null, null, "SupportEmailAddress", "An email address, or empty for none.", null, "EmailAddress", "Public" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c0009"), "Partner", "false", "Whether the partner's monthly usage is exported to the billing system.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0005"), null, null, "UsageExportEnabled", "true or false.", null, "Boolean", "Private" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_SettingGroups_Name",
                table: "SettingGroups",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SettingKeys_GroupId",
                table: "SettingKeys",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_SettingKeys_Name",
                table: "SettingKeys",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SettingValues_Level_OwnerId",
                table: "SettingValues",
                columns: new[] { "Level", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_SettingValues_SettingKeyId_Level_OwnerId",
                table: "SettingValues",
                columns: new[] { "SettingKeyId", "Level", "OwnerId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SettingValues");

            migrationBuilder.DropTable(
                name: "SettingKeys");

            migrationBuilder.DropTable(
                name: "SettingGroups");
        }
    }
}
