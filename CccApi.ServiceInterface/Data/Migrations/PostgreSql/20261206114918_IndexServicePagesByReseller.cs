using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class IndexServicePagesByReseller : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Services_CreatedOn_Id",
                table: "Services");

            migrationBuilder.DropIndex(
                name: "IX_Services_ResellerId",
                table: "Services");

            migrationBuilder.CreateIndex(
                name: "IX_Services_CreatedOn_Id_ResellerId_Status",
                table: "Services",
                columns: new[] { "CreatedOn", "Id", "ResellerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Services_ResellerId_Status",
                table: "Services",
                columns: new[] { "ResellerId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Services_CreatedOn_Id_ResellerId_Status",
                table: "Services");

            migrationBuilder.DropIndex(
                name: "IX_Services_ResellerId_Status",
                table: "Services");

            migrationBuilder.CreateIndex(
                name: "IX_Services_CreatedOn_Id",
                table: "Services",
                columns: new[] { "CreatedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Services_ResellerId",
                table: "Services",
                column: "ResellerId");
        }
    }
}
