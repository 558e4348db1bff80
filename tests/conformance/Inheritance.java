/** Inheritance: super calls, overriding and polymorphism, abstract classes, field and static-method hiding. */
public class Inheritance {
    abstract static class Animal {
        protected String name;
        String kind = "animal";

        Animal(String name) {
            this.name = name;
            System.out.println("Animal(" + name + ") sees sound() = " + sound());
        }

        abstract String sound();

        String speak() {
            return name + " says " + sound();
        }

        static String category() {
            return "Animal.category";
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + "[" + name + "]";
        }
    }

    static class Dog extends Animal {
        String kind = "dog";
        private final String bark;

        Dog(String name) {
            super(name);
            bark = "woof";
        }

        String sound() {
            return bark;
        }

        @Override
        String speak() {
            return super.speak() + "!";
        }

        static String category() {
            return "Dog.category";
        }
    }

    static class Puppy extends Dog {
        Puppy(String name) {
            super(name + " jr");
        }

        @Override
        String sound() {
            return "yip (not " + super.sound() + ")";
        }
    }

    static class Cat extends Animal {
        Cat() {
            this("cat");
            System.out.println("Cat() after this(...)");
        }

        Cat(String name) {
            super(name);
        }

        String sound() {
            return "meow";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cat && ((Cat) o).name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    static int overload(Object o) { return 1; }
    static int overload(Animal a) { return 2; }
    static int overload(Dog d) { return 3; }
    static int overload(long x) { return 4; }
    static int overload(Integer x) { return 5; }

    public static void main(String[] args) {
        Animal[] animals = {new Dog("rex"), new Puppy("rex"), new Cat()};
        for (Animal a : animals) {
            System.out.println(a + ": " + a.speak() + ", kind field via Animal = " + a.kind);
        }
        Dog dog = (Dog) animals[0];
        System.out.println("kind via Dog = " + dog.kind + ", via cast = " + ((Animal) dog).kind);
        System.out.println("static hiding: " + Animal.category() + " " + Dog.category());
        System.out.println("overloads: " + overload(animals[0]) + " " + overload(dog) + " " + overload("s") + " "
            + overload(1) + " " + overload(Integer.valueOf(1)) + " " + overload((Object) dog));
        System.out.println("equals: " + new Cat("tom").equals(new Cat("tom")) + " " + new Cat("tom").equals(dog)
            + ", hashCode = " + new Cat("tom").hashCode());
        System.out.println("instanceof: " + (animals[1] instanceof Dog) + " " + (animals[2] instanceof Dog));
        System.out.println("superclass: " + Puppy.class.getSuperclass().getSimpleName() + " "
            + Animal.class.getSuperclass().getName());
        try {
            Dog notADog = (Dog) animals[2];
            System.out.println(notADog);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
    }
}
