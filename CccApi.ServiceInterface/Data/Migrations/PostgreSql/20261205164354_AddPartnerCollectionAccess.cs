using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddPartnerCollectionAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnerCollectionAccess",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CollectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsDefaultCollectionForSite = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerCollectionAccess", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerCollectionAccess_Collections_CollectionId",
                        column: x => x.CollectionId,
                        principalTable: "Collections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerCollectionAccess_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerCollectionAccess_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCollectionAccess_CollectionId",
                table: "PartnerCollectionAccess",
                column: "CollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCollectionAccess_DefaultPerSite",
                table: "PartnerCollectionAccess",
                columns: new[] { "PartnerId", "SiteId" },
                unique: true,
                filter: "\"IsDefaultCollectionForSite\" = TRUE");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCollectionAccess_PartnerId_CollectionId",
                table: "PartnerCollectionAccess",
                columns: new[] { "PartnerId", "CollectionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCollectionAccess_SiteId",
                table: "PartnerCollectionAccess",
                column: "SiteId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerCollectionAccess");
        }
    }
}
