using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddServiceDomains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceDomains",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Domain = table.Column<string>(type: "character varying(54)", maxLength: 54, nullable: false),
                    CreatedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceDomains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceDomains_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every existing service's PrimaryDomain becomes its first domain (already unique: it had a unique index until
            // now). The row reuses its service's Guid as its id, which no provider needs a Guid function for; ids of
            // domains are never shown, and each service has one such row.
            migrationBuilder.Sql(@"INSERT INTO ""ServiceDomains"" (""Id"", ""ServiceId"", ""Domain"", ""CreatedOn"") SELECT ""Id"", ""Id"", ""PrimaryDomain"", ""CreatedOn"" FROM ""Services"" WHERE ""PrimaryDomain"" IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDomains_Domain",
                table: "ServiceDomains",
                column: "Domain",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDomains_ServiceId",
                table: "ServiceDomains",
                column: "ServiceId");

            // After the copy: on SQLite, making PrimaryDomain nullable rebuilds the Services table, which EF puts at the
            // end of the migration; an SQL step after it would run while that rebuild is pending.
            migrationBuilder.DropIndex(
                name: "IX_Services_PrimaryDomain",
                table: "Services");

            migrationBuilder.AlterColumn<string>(
                name: "PrimaryDomain",
                table: "Services",
                type: "character varying(54)",
                maxLength: 54,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(54)",
                oldMaxLength: 54);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceDomains");

            migrationBuilder.AlterColumn<string>(
                name: "PrimaryDomain",
                table: "Services",
                type: "character varying(54)",
                maxLength: 54,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(54)",
                oldMaxLength: 54,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Services_PrimaryDomain",
                table: "Services",
                column: "PrimaryDomain",
                unique: true);
        }
    }
}
