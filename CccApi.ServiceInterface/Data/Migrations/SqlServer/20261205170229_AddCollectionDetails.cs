using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddCollectionDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ClientGuid",
                table: "Services",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EffectiveDate",
                table: "Services",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InitialTerm",
                table: "Services",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CurrentVersion",
                table: "Collections",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DefaultTrialPeriod",
                table: "Collections",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SiteEndpointId",
                table: "Collections",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SiteEndpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SiteVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Url = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    CreatedOn = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteEndpoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SiteEndpoints_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Collections_SiteEndpointId",
                table: "Collections",
                column: "SiteEndpointId");

            migrationBuilder.CreateIndex(
                name: "IX_SiteEndpoints_SiteId",
                table: "SiteEndpoints",
                column: "SiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SiteEndpoints");

            migrationBuilder.DropIndex(
                name: "IX_Collections_SiteEndpointId",
                table: "Collections");

            migrationBuilder.DropColumn(
                name: "ClientGuid",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "EffectiveDate",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "InitialTerm",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "CurrentVersion",
                table: "Collections");

            migrationBuilder.DropColumn(
                name: "DefaultTrialPeriod",
                table: "Collections");

            migrationBuilder.DropColumn(
                name: "SiteEndpointId",
                table: "Collections");
        }
    }
}
