using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddServiceCreatedOnIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Services_CreatedOn_Id",
                table: "Services",
                columns: new[] { "CreatedOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Services_CreatedOn_Id",
                table: "Services");
        }
    }
}
