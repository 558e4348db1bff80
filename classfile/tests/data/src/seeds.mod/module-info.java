/** A module declaration, for the Module, ModulePackages and ModuleMainClass attributes. */
module seeds.mod {
    requires java.logging;
    requires transitive java.sql;
    exports seeds.api;
    opens seeds.api to java.logging;
    uses java.util.spi.ToolProvider;
    provides java.util.spi.ToolProvider with seeds.api.Tool;
}
