using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CccApi.ServiceInterface.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddPublicServiceSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "SettingGroups",
                columns: new[] { "Id", "Name" },
                values: new object[] { new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0006"), "Branding" });

            migrationBuilder.InsertData(
                table: "SettingKeys",
                columns: new[] { "Id", "AccessType", "DefaultValue", "Description", "GroupId", "MaximumValue", "MinimumValue", "Name", "ValidationDescription", "ValidationPattern", "ValueType", "Visibility" },
                values: new object[,]
                {
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000a"), "Service", "0", "A notice the service's portal and apps show its users, by a code agreed with them; 0 for none.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0003"), 999L, 0L, "AlertCode", "A whole number from 0 to 999.", null, "Integer", "Protected" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000b"), "Service", "", "The product name the service's portal and apps show; empty for the platform's own.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0006"), null, null, "BrandingProductName", "Text on one line, 100 characters at most.", "^.{0,100}$", "String", "Public" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000c"), "Service", "", "The https address of the logo the service's portal and apps show; empty for the platform's own.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0006"), null, null, "BrandingLogoUrl", "An https URL of at most 2048 characters, or empty.", "^(https://[^\\s]{1,2040})?$", "String", "Public" },
                    { new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000d"), "Service", "", "The main colour of the service's portal and apps; empty for the platform's own.", new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0006"), null, null, "BrandingPrimaryColor", "A colour as #RRGGBB (hexadecimal), or empty.", "^(#[0-9A-Fa-f]{6})?$", "String", "Public" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "SettingKeys",
                keyColumn: "Id",
                keyValue: new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000a"));

            migrationBuilder.DeleteData(
                table: "SettingKeys",
                keyColumn: "Id",
                keyValue: new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000b"));

            migrationBuilder.DeleteData(
                table: "SettingKeys",
                keyColumn: "Id",
                keyValue: new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000c"));

            migrationBuilder.DeleteData(
                table: "SettingKeys",
                keyColumn: "Id",
                keyValue: new Guid("5e77a1f0-0002-4c5a-9d3e-2b8f6a1c000d"));

            migrationBuilder.DeleteData(
                table: "SettingGroups",
                keyColumn: "Id",
                keyValue: new Guid("5e77a1f0-0001-4c5a-9d3e-2b8f6a1c0006"));
        }
    }
}
