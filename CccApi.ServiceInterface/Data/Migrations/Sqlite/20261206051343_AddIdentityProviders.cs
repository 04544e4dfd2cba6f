using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CccApi.ServiceInterface.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddIdentityProviders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdProviderTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdProviderTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdPxTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Workflow = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdPxTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdProviders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LoginUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    TokenUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    LogoutUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ProtectedSecretId = table.Column<string>(type: "TEXT", maxLength: 32768, nullable: true),
                    ProtectedCertificateId = table.Column<string>(type: "TEXT", maxLength: 32768, nullable: true),
                    ProtectedCertificate2Id = table.Column<string>(type: "TEXT", maxLength: 32768, nullable: true),
                    CreatedOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdProviders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdProviders_IdProviderTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "IdProviderTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IdPxs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedOn = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdPxs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdPxs_IdProviders_IdProviderId",
                        column: x => x.IdProviderId,
                        principalTable: "IdProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IdPxs_IdPxTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "IdPxTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IdPxs_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "IdProviderTypes",
                columns: new[] { "Id", "Description", "Name" },
                values: new object[,]
                {
                    { new Guid("5a3d0c10-0001-4e6b-8f5a-1d2c3b4a0001"), "SAML 2.0 single sign-on: LoginUrl and the provider's signing certificate (CertificateId) are required.", "SAML 2.0" },
                    { new Guid("5a3d0c10-0001-4e6b-8f5a-1d2c3b4a0002"), "OpenID Connect authorization code flow: LoginUrl, TokenUrl, ClientId and the client secret (SecretId) are required.", "OpenID Connect" }
                });

            migrationBuilder.InsertData(
                table: "IdPxTypes",
                columns: new[] { "Id", "Description", "Name", "Workflow" },
                values: new object[,]
                {
                    { new Guid("5a3d0c10-0002-4e6b-8f5a-1d2c3b4a0001"), "Signs the service's users in through the identity provider.", "Authentication", "Authentication" },
                    { new Guid("5a3d0c10-0002-4e6b-8f5a-1d2c3b4a0002"), "Connects a signed-in user's account at the identity provider to the service.", "Connector", "Connector" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdProviders_Name",
                table: "IdProviders",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_IdProviders_TypeId",
                table: "IdProviders",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_IdPxs_IdProviderId",
                table: "IdPxs",
                column: "IdProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_IdPxs_ServiceId_TypeId_CreatedOn",
                table: "IdPxs",
                columns: new[] { "ServiceId", "TypeId", "CreatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_IdPxs_TypeId",
                table: "IdPxs",
                column: "TypeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "IdPxs");

            migrationBuilder.DropTable(
                name: "IdProviders");

            migrationBuilder.DropTable(
                name: "IdPxTypes");

            migrationBuilder.DropTable(
                name: "IdProviderTypes");
        }
    }
}
