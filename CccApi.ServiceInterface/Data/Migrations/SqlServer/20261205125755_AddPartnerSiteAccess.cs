using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddPartnerSiteAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AvailableServerVersion",
                table: "Sites",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AvailableServicePack",
                table: "Sites",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerPartnerId",
                table: "Sites",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnerSiteAccess",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedOn = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerSiteAccess", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerSiteAccess_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerSiteAccess_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerSiteAccess_PartnerId_SiteId",
                table: "PartnerSiteAccess",
                columns: new[] { "PartnerId", "SiteId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerSiteAccess_SiteId",
                table: "PartnerSiteAccess",
                column: "SiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerSiteAccess");

            migrationBuilder.DropColumn(
                name: "AvailableServerVersion",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "AvailableServicePack",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "OwnerPartnerId",
                table: "Sites");
        }
    }
}
