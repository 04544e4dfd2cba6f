using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddServicePartnerId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PartnerId",
                table: "Services",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Every existing service takes its reseller's partner (a reseller never changes partner), before the index is built.
            migrationBuilder.Sql("""
                UPDATE "Services" SET "PartnerId" = (SELECT "r"."PartnerId" FROM "Resellers" AS "r" WHERE "r"."Id" = "Services"."ResellerId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Services_PartnerId_CreatedOn_Id_Status",
                table: "Services",
                columns: new[] { "PartnerId", "CreatedOn", "Id", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Services_PartnerId_CreatedOn_Id_Status",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "PartnerId",
                table: "Services");
        }
    }
}
