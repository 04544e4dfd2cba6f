using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddServiceUserAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceUsers_ServiceId",
                table: "ServiceUsers");

            migrationBuilder.AlterColumn<string>(
                name: "LastName",
                table: "ServiceUsers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "FirstName",
                table: "ServiceUsers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "ServiceUsers",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AdminUserId",
                table: "ServiceUsers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BlacklistMode",
                table: "ServiceUsers",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Never");

            migrationBuilder.AddColumn<bool>(
                name: "CompletesRegistrationPage",
                table: "ServiceUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DefaultSecure",
                table: "ServiceUsers",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Never");

            migrationBuilder.AddColumn<bool>(
                name: "EnableCampaigns",
                table: "ServiceUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "EnableESignatures",
                table: "ServiceUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "EnableMfa",
                table: "ServiceUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FirstNameKey",
                table: "ServiceUsers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "GroupId",
                table: "ServiceUsers",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "ServiceUsers",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "LastNameKey",
                table: "ServiceUsers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RegisteredOn",
                table: "ServiceUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ResetsPasswordOnFirstSignIn",
                table: "ServiceUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "SsoUid",
                table: "ServiceUsers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "ServiceUsers",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.CreateTable(
                name: "ServiceUserActivationTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceUserActivationTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceUserActivationTokens_ServiceUsers_ServiceUserId",
                        column: x => x.ServiceUserId,
                        principalTable: "ServiceUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceUserAliases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Alias = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceUserAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceUserAliases_ServiceUsers_ServiceUserId",
                        column: x => x.ServiceUserId,
                        principalTable: "ServiceUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceUserGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceUserGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceUserGroups_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceUserStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ChangedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceUserStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceUserStatusChanges_ServiceUsers_ServiceUserId",
                        column: x => x.ServiceUserId,
                        principalTable: "ServiceUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceUserGroupPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceUserGroupPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceUserGroupPeriods_ServiceUserGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "ServiceUserGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceUserGroupPeriods_ServiceUsers_ServiceUserId",
                        column: x => x.ServiceUserId,
                        principalTable: "ServiceUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every service gets its two default groups; the users there are (system users) join the Professional one,
            // pre-registered, linked to their Service admin, with their first status and group period as history.
            foreach (var type in new[] { "Professional", "Guest" })
                migrationBuilder.Sql($@"INSERT INTO ""ServiceUserGroups"" (""Id"", ""ServiceId"", ""Name"", ""Type"", ""IsDefault"", ""CreatedOn"")
SELECT gen_random_uuid(), ""Id"", '{type}', '{type}', TRUE, ""CreatedOn"" FROM ""Services"";");
            migrationBuilder.Sql(@"UPDATE ""ServiceUsers"" SET
""GroupId"" = (SELECT g.""Id"" FROM ""ServiceUserGroups"" g WHERE g.""ServiceId"" = ""ServiceUsers"".""ServiceId"" AND g.""Type"" = 'Professional' AND g.""IsDefault"" = TRUE),
""Email"" = COALESCE(""Email"", (SELECT LOWER(s.""AdminUsername"") FROM ""Services"" s WHERE s.""Id"" = ""ServiceUsers"".""ServiceId"")),
""FirstNameKey"" = LOWER(""FirstName""),
""LastNameKey"" = LOWER(""LastName""),
""RegisteredOn"" = ""CreatedOn"";");
            migrationBuilder.Sql(@"UPDATE ""ServiceUsers"" SET ""AdminUserId"" = (SELECT a.""Id"" FROM ""AdminUsers"" a WHERE a.""Type"" = 'Service'
AND a.""ScopeId"" = ""ServiceUsers"".""ServiceId"" AND a.""Email"" = ""ServiceUsers"".""Email"") WHERE ""IsSystemUser"" = TRUE;");
            migrationBuilder.Sql(@"INSERT INTO ""ServiceUserGroupPeriods"" (""Id"", ""ServiceUserId"", ""ServiceId"", ""GroupId"", ""GroupType"", ""StartedOn"", ""EndedOn"")
SELECT ""Id"", ""Id"", ""ServiceId"", ""GroupId"", 'Professional', ""CreatedOn"", NULL FROM ""ServiceUsers"";");
            migrationBuilder.Sql(@"INSERT INTO ""ServiceUserStatusChanges"" (""Id"", ""ServiceUserId"", ""ServiceId"", ""FromStatus"", ""ToStatus"", ""ChangedOn"", ""ChangedByUserId"")
SELECT ""Id"", ""Id"", ""ServiceId"", NULL, 'Active', ""CreatedOn"", NULL FROM ""ServiceUsers"";");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUsers_AdminUserId",
                table: "ServiceUsers",
                column: "AdminUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUsers_Email",
                table: "ServiceUsers",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUsers_FirstNameKey",
                table: "ServiceUsers",
                column: "FirstNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUsers_GroupId",
                table: "ServiceUsers",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUsers_LastNameKey",
                table: "ServiceUsers",
                column: "LastNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUsers_ServiceId_Email",
                table: "ServiceUsers",
                columns: new[] { "ServiceId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUsers_ServiceId_FirstNameKey",
                table: "ServiceUsers",
                columns: new[] { "ServiceId", "FirstNameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUsers_ServiceId_LastNameKey",
                table: "ServiceUsers",
                columns: new[] { "ServiceId", "LastNameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUsers_ServiceId_SsoUid",
                table: "ServiceUsers",
                columns: new[] { "ServiceId", "SsoUid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserActivationTokens_Digest",
                table: "ServiceUserActivationTokens",
                column: "Digest",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserActivationTokens_ServiceUserId",
                table: "ServiceUserActivationTokens",
                column: "ServiceUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserAliases_ServiceId_Alias",
                table: "ServiceUserAliases",
                columns: new[] { "ServiceId", "Alias" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserAliases_ServiceUserId",
                table: "ServiceUserAliases",
                column: "ServiceUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserGroupPeriods_GroupId",
                table: "ServiceUserGroupPeriods",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserGroupPeriods_Open",
                table: "ServiceUserGroupPeriods",
                column: "ServiceUserId",
                unique: true,
                filter: "\"EndedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserGroupPeriods_ServiceId_StartedOn",
                table: "ServiceUserGroupPeriods",
                columns: new[] { "ServiceId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserGroups_DefaultPerType",
                table: "ServiceUserGroups",
                columns: new[] { "ServiceId", "Type" },
                unique: true,
                filter: "\"IsDefault\" = TRUE");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserGroups_ServiceId_Name",
                table: "ServiceUserGroups",
                columns: new[] { "ServiceId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserStatusChanges_ServiceId_ChangedOn",
                table: "ServiceUserStatusChanges",
                columns: new[] { "ServiceId", "ChangedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUserStatusChanges_ServiceUserId_ChangedOn",
                table: "ServiceUserStatusChanges",
                columns: new[] { "ServiceUserId", "ChangedOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_ServiceUsers_AdminUsers_AdminUserId",
                table: "ServiceUsers",
                column: "AdminUserId",
                principalTable: "AdminUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ServiceUsers_ServiceUserGroups_GroupId",
                table: "ServiceUsers",
                column: "GroupId",
                principalTable: "ServiceUserGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ServiceUsers_AdminUsers_AdminUserId",
                table: "ServiceUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_ServiceUsers_ServiceUserGroups_GroupId",
                table: "ServiceUsers");

            migrationBuilder.DropTable(
                name: "ServiceUserActivationTokens");

            migrationBuilder.DropTable(
                name: "ServiceUserAliases");

            migrationBuilder.DropTable(
                name: "ServiceUserGroupPeriods");

            migrationBuilder.DropTable(
                name: "ServiceUserStatusChanges");

            migrationBuilder.DropTable(
                name: "ServiceUserGroups");

            migrationBuilder.DropIndex(
                name: "IX_ServiceUsers_AdminUserId",
                table: "ServiceUsers");

            migrationBuilder.DropIndex(
                name: "IX_ServiceUsers_Email",
                table: "ServiceUsers");

            migrationBuilder.DropIndex(
                name: "IX_ServiceUsers_FirstNameKey",
                table: "ServiceUsers");

            migrationBuilder.DropIndex(
                name: "IX_ServiceUsers_GroupId",
                table: "ServiceUsers");

            migrationBuilder.DropIndex(
                name: "IX_ServiceUsers_LastNameKey",
                table: "ServiceUsers");

            migrationBuilder.DropIndex(
                name: "IX_ServiceUsers_ServiceId_Email",
                table: "ServiceUsers");

            migrationBuilder.DropIndex(
                name: "IX_ServiceUsers_ServiceId_FirstNameKey",
                table: "ServiceUsers");

            migrationBuilder.DropIndex(
                name: "IX_ServiceUsers_ServiceId_LastNameKey",
                table: "ServiceUsers");

            migrationBuilder.DropIndex(
                name: "IX_ServiceUsers_ServiceId_SsoUid",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "AdminUserId",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "BlacklistMode",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "CompletesRegistrationPage",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "DefaultSecure",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "EnableCampaigns",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "EnableESignatures",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "EnableMfa",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "FirstNameKey",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "LastNameKey",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "RegisteredOn",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "ResetsPasswordOnFirstSignIn",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "SsoUid",
                table: "ServiceUsers");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ServiceUsers");

            migrationBuilder.AlterColumn<string>(
                name: "LastName",
                table: "ServiceUsers",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "FirstName",
                table: "ServiceUsers",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "ServiceUsers",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(254)",
                oldMaxLength: 254,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceUsers_ServiceId",
                table: "ServiceUsers",
                column: "ServiceId");
        }
    }
}
